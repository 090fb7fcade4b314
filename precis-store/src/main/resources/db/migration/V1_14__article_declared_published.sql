-- The publication date a page's structured data declares when extraction took a later change shown as the page's
-- date of record for its published date (ExtractedPage.declaredPublished, ISO 8601 as published is): kept so the
-- reader and the API can say when the article first appeared. Null otherwise, and for every article stored before.
ALTER TABLE articles ADD COLUMN declared_published VARCHAR(40);
