-- One row per transaction, shaped like a signature: what pgbench measures as the database's own insert rate.
\set n random(1, 1000000000)
INSERT INTO bench.pgbench_signature (petition_id, email, name, postcode, signed_at)
VALUES (1, 'pgbench-' || :n || '@example.org', 'Pgbench Signer', 'E8 1DY', now());
