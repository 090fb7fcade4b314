-- An article's paragraph and sentence ranges as two values of one row (RangeList: "start,end,start,end,…"),
-- instead of one row per range in `paragraphs` and `sentences`: they are only read whole, per article, and
-- a bulk load wrote (and committed) about 27 such rows per BBC article. Existing libraries are converted.
-- H2's spelling (LISTAGG); db/postgresql has the same migration with string_agg.
CREATE TABLE article_ranges (
    article_id BIGINT NOT NULL PRIMARY KEY REFERENCES articles(id),
    paragraphs VARCHAR NOT NULL,
    sentences VARCHAR NOT NULL
);
INSERT INTO article_ranges(article_id, paragraphs, sentences)
SELECT a.id,
       COALESCE((SELECT LISTAGG(p.start_pos || ',' || p.end_pos, ',') WITHIN GROUP (ORDER BY p.idx)
                 FROM paragraphs p WHERE p.article_id = a.id), ''),
       COALESCE((SELECT LISTAGG(s.start_pos || ',' || s.end_pos, ',') WITHIN GROUP (ORDER BY s.idx)
                 FROM sentences s WHERE s.article_id = a.id), '')
FROM articles a;
DROP TABLE paragraphs;
DROP TABLE sentences;
