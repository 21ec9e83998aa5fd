-- Forming a group: the constitution it picks, its founding meeting, and the next steps it ticks off once formed.
-- Founders are members with founder = TRUE (groups.member). Only groups proposed on the platform have a row here.

CREATE TABLE groups.formation (
    organisation_id         BIGINT PRIMARY KEY REFERENCES groups.organisation (id),
    constitution            TEXT,
    constitution_chosen_at  TIMESTAMP WITH TIME ZONE,
    meeting_date            DATE,
    -- Person ids of the founders who attended; erased when an account is deleted.
    meeting_attendees       BIGINT[] NOT NULL DEFAULT '{}',
    meeting_decisions       TEXT[] NOT NULL DEFAULT '{}',
    -- The officers the founding meeting elected (person ids), as it elected them.
    meeting_chair           BIGINT,
    meeting_secretary       BIGINT,
    meeting_treasurer       BIGINT,
    formed_at               TIMESTAMP WITH TIME ZONE,
    CONSTRAINT formation_constitution CHECK (constitution IN ('UNINCORPORATED_ASSOCIATION', 'CIO_FOUNDATION',
        'COMMUNITY_INTEREST_COMPANY')),
    CONSTRAINT formation_meeting CHECK ((formed_at IS NULL) = (meeting_date IS NULL)),
    CONSTRAINT formation_formed_with_constitution CHECK (formed_at IS NULL OR constitution IS NOT NULL)
);

CREATE TABLE groups.formation_step (
    organisation_id         BIGINT NOT NULL REFERENCES groups.formation (organisation_id),
    step                    TEXT NOT NULL,
    done_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (organisation_id, step),
    CONSTRAINT formation_step_known CHECK (step IN ('BANK_ACCOUNT', 'SAFEGUARDING_POLICY', 'INSURANCE', 'REGISTRATION'))
);

-- Every group proposed so far gets its formation row.
INSERT INTO groups.formation (organisation_id) SELECT id FROM groups.organisation WHERE status = 'PROPOSED';
