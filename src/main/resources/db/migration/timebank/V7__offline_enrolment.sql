-- Members enrolled in person by a broker, for people without email or internet (their account is made through the
-- people module's facade; person ids are from that module: no foreign key). One row per enrolment: who enrolled them
-- and when, that the broker recorded the person's agreement to join and to brokers acting for them, and the paper
-- form's reference if there is one. form_token makes a double-submitted form enrol the person once.
CREATE TABLE timebank.offline_enrolment (
    member_id       BIGINT PRIMARY KEY REFERENCES timebank.member (id),
    enrolled_by     BIGINT NOT NULL,
    enrolled_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    agreed          BOOLEAN NOT NULL CHECK (agreed),
    paper_reference TEXT CHECK (length(paper_reference) BETWEEN 1 AND 60),
    form_token      TEXT NOT NULL UNIQUE CHECK (length(form_token) BETWEEN 1 AND 64)
);
