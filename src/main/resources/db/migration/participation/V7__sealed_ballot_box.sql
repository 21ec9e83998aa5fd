-- The sealed box becomes one row per vote (docs/referendums.md, "Transaction ids").
-- A vote marks its roll entry and drops its ballot in the box in one transaction, so both rows carried the same
-- transaction id (PostgreSQL's xmin system column): with a row per ballot, `JOIN ... ON box.xmin = roll.xmin` paired
-- each ballot still in the box with its voter. Now every vote rewrites the vote's single box row, which holds the
-- ballots not yet mixed in a random order, so a voter's transaction id is shared only by the whole box (and by the
-- batch mixed out of it in that transaction), never by their ballot alone.

CREATE TABLE participation.referendum_sealed_box (
    referendum_id  BIGINT PRIMARY KEY,
    ballots        TEXT[] NOT NULL
        CHECK (array_to_string(ballots, ';') ~ '^([0-9]+(,[0-9]+)*(;[0-9]+(,[0-9]+)*)*)?$')
);

INSERT INTO participation.referendum_sealed_box (referendum_id, ballots)
SELECT referendum_id, array_agg(choices ORDER BY random()) FROM participation.referendum_ballot_box GROUP BY referendum_id;

DROP TABLE participation.referendum_ballot_box;
ALTER TABLE participation.referendum_sealed_box RENAME TO referendum_ballot_box;
