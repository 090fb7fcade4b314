-- An article's paragraph and sentence ranges as two values of one row (RangeList: "start,end,start,end,…"),
-- instead of one row per range in `paragraphs` and `sentences`: they are only read whole, per article, and
-- a bulk load wrote (and committed) about 27 such rows per BBC article. Existing libraries are converted.
-- PostgreSQL's spelling (string_agg); db/h2 has the same migration with LISTAGG.
CREATE TABLE article_ranges (
    article_id BIGINT NOT NULL PRIMARY KEY REFERENCES articles(id),
    paragraphs VARCHAR NOT NULL,
    sentences VARCHAR NOT NULL
);
INSERT INTO article_ranges(article_id, paragraphs, sentences)
SELECT a.id,
       COALESCE((SELECT string_agg(p.start_pos || ',' || p.end_pos, ',' ORDER BY p.idx)
                 FROM paragraphs p WHERE p.article_id = a.id), ''),
       COALESCE((SELECT string_agg(s.start_pos || ',' || s.end_pos, ',' ORDER BY s.idx)
                 FROM sentences s WHERE s.article_id = a.id), '')
FROM articles a;
DROP TABLE paragraphs;
DROP TABLE sentences;
