-- Stories that were merged into another keep their id for readers: a link to the old id leads to the
-- story that absorbed it. to_id always names a story that exists (chains are collapsed when merging).
CREATE TABLE story_redirects (
    from_id BIGINT NOT NULL PRIMARY KEY,
    to_id BIGINT NOT NULL REFERENCES stories(id)
);
CREATE INDEX story_redirects_to ON story_redirects(to_id);
