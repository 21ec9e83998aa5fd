-- Levels of verification (issue 5 item 8). A verification is append-only: a newer one supersedes, none is edited.
-- A residence counts as verified only while the account's postcode equals the postcode that was verified, so moving
-- house drops back to self-declared until verified again. Only the kind of evidence an officer saw is kept, never the
-- document.

CREATE TABLE people.residence_verification (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id    BIGINT NOT NULL REFERENCES people.account (id),
    level        TEXT NOT NULL CHECK (level IN ('VERIFIED_BY_LETTER', 'VERIFIED_BY_OFFICER')),
    postcode     TEXT NOT NULL,
    verified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    officer_id   BIGINT REFERENCES people.account (id),
    evidence     TEXT CHECK (evidence IN ('COUNCIL_TAX_BILL', 'TENANCY_AGREEMENT', 'UTILITY_BILL', 'BANK_STATEMENT',
                     'BENEFIT_LETTER', 'OTHER')),
    note         TEXT CHECK (length(note) <= 500),
    letter_id    BIGINT,
    CONSTRAINT residence_verification_by_officer CHECK (
        (level = 'VERIFIED_BY_OFFICER' AND officer_id IS NOT NULL AND evidence IS NOT NULL AND letter_id IS NULL)
        OR (level = 'VERIFIED_BY_LETTER' AND officer_id IS NULL AND evidence IS NULL AND note IS NULL))
);
CREATE INDEX residence_verification_person ON people.residence_verification (person_id, postcode);

-- A letter asked for by a resident. The code is made when an officer prints the letter and exists in clear only on the
-- printed page; the database keeps its SHA-256 (salted with the letter's id). Reprinting makes a new code. The address
-- lines are kept only while the letter is open, to print it; using or voiding the letter clears them.
CREATE TABLE people.verification_letter (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id     BIGINT NOT NULL REFERENCES people.account (id),
    address       TEXT,
    postcode      TEXT NOT NULL,
    area_id       BIGINT NOT NULL,
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    code_hash     TEXT,
    printed_at    TIMESTAMP WITH TIME ZONE,
    printed_by    BIGINT REFERENCES people.account (id),
    attempts      INT NOT NULL DEFAULT 0,
    used_at       TIMESTAMP WITH TIME ZONE,
    voided_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT verification_letter_printed CHECK ((code_hash IS NULL) = (printed_at IS NULL))
);
-- One open letter per person; an expired one is voided before a new one is asked for.
CREATE UNIQUE INDEX verification_letter_open ON people.verification_letter (person_id)
    WHERE used_at IS NULL AND voided_at IS NULL;
CREATE INDEX verification_letter_area ON people.verification_letter (area_id) WHERE used_at IS NULL AND voided_at IS NULL;
