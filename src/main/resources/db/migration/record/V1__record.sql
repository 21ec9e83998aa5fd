-- The public record: an append-only, hash-chained log of decisions and movements of money or time.
-- seq is assigned by the appender (record/chain/Chain.java) under a transaction advisory lock, so it is gapless and
-- the chain never forks; it is deliberately not a sequence, which would leave gaps on rollback.
-- The canonical serialisation that hash covers is documented in docs/public-record.md.

CREATE TABLE record.entry (
    seq           BIGINT PRIMARY KEY CHECK (seq > 0),
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    area_id       BIGINT NOT NULL CHECK (area_id > 0),
    kind          TEXT NOT NULL,
    summary       TEXT NOT NULL,
    reference     TEXT NOT NULL UNIQUE,
    previous_hash CHAR(64) NOT NULL CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
    hash          CHAR(64) NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$')
);
CREATE INDEX entry_area_idx ON record.entry (area_id, seq);
CREATE INDEX entry_kind_idx ON record.entry (kind, seq);
CREATE INDEX entry_recorded_at_idx ON record.entry (recorded_at);

-- A second line of defence behind the appender: every new entry must extend the chain's current end.
CREATE FUNCTION record.extend_chain_only() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last_seq  BIGINT;
    last_hash CHAR(64);
BEGIN
    SELECT seq, hash INTO last_seq, last_hash FROM record.entry ORDER BY seq DESC LIMIT 1;
    IF NOT FOUND THEN
        last_seq := 0;
        last_hash := repeat('0', 64);
    END IF;
    IF NEW.seq <> last_seq + 1 OR NEW.previous_hash <> last_hash THEN
        RAISE EXCEPTION 'a public record entry must extend the chain: expected seq % after hash %', last_seq + 1, last_hash
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER entry_extends_chain BEFORE INSERT ON record.entry
    FOR EACH ROW EXECUTE FUNCTION record.extend_chain_only();

CREATE FUNCTION record.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the public record is append-only: % on record.entry is not allowed', TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER entry_no_update BEFORE UPDATE ON record.entry
    FOR EACH ROW EXECUTE FUNCTION record.refuse_change();
CREATE TRIGGER entry_no_delete BEFORE DELETE ON record.entry
    FOR EACH ROW EXECUTE FUNCTION record.refuse_change();
CREATE TRIGGER entry_no_truncate BEFORE TRUNCATE ON record.entry
    FOR EACH STATEMENT EXECUTE FUNCTION record.refuse_change();
