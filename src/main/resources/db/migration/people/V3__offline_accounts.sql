-- Offline accounts: people without email or internet whom a time bank broker (or another trusted person) enrols in
-- person. Such an account has no email and no password, so it can never sign in and is never mailed; it records who
-- enrolled it. Every account that can have a password still has an email, and live emails stay unique
-- (account_email_live ignores NULLs).
ALTER TABLE people.account ALTER COLUMN email DROP NOT NULL;
ALTER TABLE people.account ADD COLUMN enrolled_by BIGINT REFERENCES people.account (id);
ALTER TABLE people.account ADD CONSTRAINT account_email_unless_offline
    CHECK (email IS NOT NULL OR (password_hash IS NULL AND email_confirmed_at IS NULL));
