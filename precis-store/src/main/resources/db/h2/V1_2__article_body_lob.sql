-- H2 only. An article's body is stored as a large object, out of the row, so that an article row stays a
-- few hundred bytes however long the article is. Every annotation row references its article (foreign
-- key), and H2 checks each reference by reading the whole parent row: with the body inline, storing the
-- 15,400 paragraph and sentence ranges of a 4 MB page read those 4 MB 15,400 times once the row's page
-- had left H2's cache (pages that large are never cached), and such a page took minutes to store.
-- PostgreSQL keeps long values out of line by itself (TOAST). Existing libraries are converted in place.
ALTER TABLE articles ALTER COLUMN body SET DATA TYPE CHARACTER LARGE OBJECT;
