-- An article's meaning vector (a sentence encoder's vector of its headline and lead), when the library
-- was given an encoder: 8-bit components, Base64 (384 dimensions -> 512 characters). Null otherwise;
-- story grouping then uses the words and names alone.
ALTER TABLE article_features ADD COLUMN meaning VARCHAR(1024);
