-- The content words of an article's headline (or, for an article without one, of its opening words),
-- space-separated, for story grouping's headline similarity. Null for articles stored before: they
-- group by words, names and meaning alone.
ALTER TABLE article_features ADD COLUMN headline VARCHAR(2000);
