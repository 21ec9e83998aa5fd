-- Rows imported from paper time sheets. The key is a hash of the row's content and how many identical rows came
-- before it in the same file, so uploading the same sheet twice imports each row once.
CREATE TABLE timebank.paper_row (
    key            TEXT PRIMARY KEY CHECK (length(key) <= 200),
    time_bank_id   BIGINT NOT NULL REFERENCES timebank.time_bank (id),
    exchange_id    BIGINT NOT NULL REFERENCES timebank.exchange (id),
    line           INTEGER NOT NULL,
    imported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by    BIGINT NOT NULL
);
