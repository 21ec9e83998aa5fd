-- People: accounts and profiles, roles scoped to an area or organisation, one-time links sent by email, and
-- personal access tokens. Only hashes of tokens are stored, never the tokens themselves.

CREATE TABLE people.account (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email               TEXT NOT NULL,
    display_name        TEXT NOT NULL,
    password_hash       TEXT,
    postcode            TEXT,
    area_id             BIGINT,
    email_confirmed_at  TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    failed_sign_ins     INT NOT NULL DEFAULT 0,
    locked_until        TIMESTAMP WITH TIME ZONE,
    deleted_at          TIMESTAMP WITH TIME ZONE,
    bio                 TEXT,
    skills              TEXT[] NOT NULL DEFAULT '{}',
    interests           TEXT[] NOT NULL DEFAULT '{}',
    contact_preference  TEXT NOT NULL DEFAULT 'EMAIL',
    phone               TEXT,
    name_public         BOOLEAN NOT NULL DEFAULT TRUE,
    neighbourhood_public BOOLEAN NOT NULL DEFAULT TRUE,
    skills_public       BOOLEAN NOT NULL DEFAULT TRUE,
    bio_public          BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT account_email_lower CHECK (email = lower(email)),
    CONSTRAINT account_contact_preference CHECK (contact_preference IN ('EMAIL', 'PHONE', 'NONE'))
);
-- Deleted accounts keep their row (and id) with a tombstone address, so only live addresses must be unique.
CREATE UNIQUE INDEX account_email_live ON people.account (email) WHERE deleted_at IS NULL;
CREATE INDEX account_area ON people.account (area_id);
CREATE INDEX account_display_name ON people.account (lower(display_name));

CREATE TABLE people.role_grant (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id   BIGINT NOT NULL REFERENCES people.account (id),
    role        TEXT NOT NULL,
    scope_type  TEXT NOT NULL,
    scope_id    BIGINT,
    granted_by  BIGINT REFERENCES people.account (id),
    granted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT role_grant_role CHECK (role IN ('RESIDENT', 'ORGANISER', 'BROKER', 'GROUP_ADMIN', 'OFFICER',
        'MODERATOR', 'ADMINISTRATOR')),
    CONSTRAINT role_grant_scope CHECK ((scope_type = 'PLATFORM' AND scope_id IS NULL)
        OR (scope_type IN ('AREA', 'ORGANISATION') AND scope_id > 0))
);
CREATE UNIQUE INDEX role_grant_unique ON people.role_grant (person_id, role, scope_type, coalesce(scope_id, 0));

CREATE TABLE people.one_time_token (
    token_hash  TEXT PRIMARY KEY,
    person_id   BIGINT NOT NULL REFERENCES people.account (id),
    purpose     TEXT NOT NULL CHECK (purpose IN ('CONFIRM_EMAIL', 'RESET_PASSWORD')),
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX one_time_token_person ON people.one_time_token (person_id);

CREATE TABLE people.access_token (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id     BIGINT NOT NULL REFERENCES people.account (id),
    name          TEXT NOT NULL,
    token_hash    TEXT NOT NULL UNIQUE,
    prefix        TEXT NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX access_token_person ON people.access_token (person_id);
