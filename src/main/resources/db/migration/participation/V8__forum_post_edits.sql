-- Authors may change their own posts for a while after posting (bigsociety.forums.edit-window, 30 minutes by default).
-- A changed post shows when it was last changed; the words it had before each change are kept for the forum's
-- moderators, so an edit cannot hide what was reported. They go with the post's words when its author deletes their
-- account.
ALTER TABLE participation.forum_post ADD COLUMN edited_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE participation.forum_post_edit (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    post_id        BIGINT NOT NULL REFERENCES participation.forum_post (id),
    previous_body  TEXT NOT NULL,
    edited_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX forum_post_edit_post ON participation.forum_post_edit (post_id, id);
