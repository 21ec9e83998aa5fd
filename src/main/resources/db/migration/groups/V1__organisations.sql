-- Groups: organisations of every legal form, their members and officers, requests to join, and news.
-- Person ids and area ids point into other modules' schemas: no foreign keys across schemas.

CREATE TABLE groups.organisation (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                TEXT NOT NULL,
    name                TEXT NOT NULL,
    legal_form          TEXT NOT NULL,
    status              TEXT NOT NULL,
    purpose             TEXT NOT NULL,
    -- The area of benefit, and it with every area it lies in (largest first), so "inside this area" is one index.
    area_id             BIGINT NOT NULL,
    area_chain          BIGINT[] NOT NULL,
    charity_number      TEXT,
    company_number      TEXT,
    society_number      TEXT,
    postcode            TEXT,
    -- Where it is: its postcode's point, or the centre of its area of benefit.
    latitude            DOUBLE PRECISION,
    longitude           DOUBLE PRECISION,
    email               TEXT,
    phone               TEXT,
    website             TEXT,
    theme               TEXT,
    proposed_by         BIGINT,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    formed_at           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT organisation_slug_form CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT organisation_status CHECK (status IN ('PROPOSED', 'FORMED')),
    CONSTRAINT organisation_formed CHECK ((status = 'FORMED') = (formed_at IS NOT NULL))
);
CREATE UNIQUE INDEX organisation_slug ON groups.organisation (slug);
CREATE INDEX organisation_area_chain ON groups.organisation USING GIN (area_chain);
CREATE INDEX organisation_location ON groups.organisation (latitude, longitude);
CREATE INDEX organisation_name ON groups.organisation (lower(name));

-- Members and their roles. Administrators and officers act for the organisation; founders founded it.
CREATE TABLE groups.member (
    organisation_id     BIGINT NOT NULL REFERENCES groups.organisation (id),
    person_id           BIGINT NOT NULL,
    role                TEXT NOT NULL,
    office              TEXT,
    founder             BOOLEAN NOT NULL DEFAULT FALSE,
    joined_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (organisation_id, person_id),
    CONSTRAINT member_role CHECK (role IN ('MEMBER', 'ADMINISTRATOR')),
    CONSTRAINT member_office CHECK (office IN ('CHAIR', 'SECRETARY', 'TREASURER'))
);
CREATE INDEX member_person ON groups.member (person_id);
-- One chair, one secretary, one treasurer at a time.
CREATE UNIQUE INDEX member_one_per_office ON groups.member (organisation_id, office) WHERE office IS NOT NULL;

CREATE TABLE groups.join_request (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id     BIGINT NOT NULL REFERENCES groups.organisation (id),
    person_id           BIGINT NOT NULL,
    message             TEXT,
    requested_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at          TIMESTAMP WITH TIME ZONE,
    decided_by          BIGINT,
    outcome             TEXT,
    CONSTRAINT join_request_outcome CHECK ((outcome IS NULL) = (decided_at IS NULL)
        AND (outcome IS NULL OR outcome IN ('APPROVED', 'DECLINED')))
);
-- A person has at most one request waiting per organisation.
CREATE UNIQUE INDEX join_request_pending ON groups.join_request (organisation_id, person_id) WHERE decided_at IS NULL;
CREATE INDEX join_request_person ON groups.join_request (person_id);

CREATE TABLE groups.news (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id     BIGINT NOT NULL REFERENCES groups.organisation (id),
    title               TEXT NOT NULL,
    body                TEXT NOT NULL,
    posted_by           BIGINT,
    posted_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX news_organisation ON groups.news (organisation_id, posted_at DESC);
