-- A feed item stored from the feed's own text (its page could not be fetched) is marked FEED_TEXT, and its page is
-- asked for again at the next reads of its feed, at most a few times: attempts counts them. Items stored that way
-- before this version (their article has a text note) are marked too, so their pages are tried again.
ALTER TABLE feed_items ADD COLUMN attempts INT DEFAULT 0 NOT NULL;
UPDATE feed_items SET status = 'FEED_TEXT'
    WHERE status = 'ADDED' AND article_id IN (SELECT id FROM articles WHERE text_note IS NOT NULL);
