-- Where an article's text came from when it is not its page: for a feed item whose page could not be
-- fetched and that was stored from the feed's own text, "stored from the feed's own text (the page could
-- not be fetched: HTTP status 404)". Null for an article read from its page, file or the text it was given.
ALTER TABLE articles ADD COLUMN text_note VARCHAR(1000);
