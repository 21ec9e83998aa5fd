-- What a broker needs to post a refused group activity again once the payer can pay: who ran it, who attended, and
-- the refusal's message arguments (shown through messages/timebank.properties). resolved_at is set when it is posted.
ALTER TABLE timebank.ledger_unposted
    ADD COLUMN organisation_id BIGINT CHECK (organisation_id > 0),
    ADD COLUMN attendee_ids BIGINT[] NOT NULL DEFAULT '{}',
    ADD COLUMN arguments TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN resolved_at TIMESTAMP WITH TIME ZONE,
    ADD COLUMN resolved_by BIGINT CHECK (resolved_by > 0);
