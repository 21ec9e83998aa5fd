-- The double-entry trigger (V1_2) joins the statement's new entries to their transfers. PL/pgSQL caches one plan for
-- it, made without knowing how few rows a statement inserts, and that plan read every transfer of every book
-- (a sequential scan and a hash join) on each posting, which grows with the ledger. Planning inside the trigger
-- without sequential scans, hash or merge joins leaves one lookup of the primary key per transfer, however large the
-- ledger and the batch.
ALTER FUNCTION timebank.ledger_entries_balance()
    SET enable_seqscan = off
    SET enable_hashjoin = off
    SET enable_mergejoin = off;
