-- H2 only (PostgreSQL sequences cache per session, which would reorder ids between connections).
-- H2 writes a sequence's position to disk, a full store commit, each time its cache of values runs out;
-- with the default cache of 32 that is one extra commit per 32 rows inserted into these tables. A crash
-- skips at most the cached values (ids stay unique and increasing).
ALTER TABLE sources ALTER COLUMN id SET CACHE 1024;
ALTER TABLE stories ALTER COLUMN id SET CACHE 1024;
ALTER TABLE articles ALTER COLUMN id SET CACHE 1024;
ALTER TABLE entities ALTER COLUMN id SET CACHE 1024;
ALTER TABLE ingest_log ALTER COLUMN id SET CACHE 1024;
