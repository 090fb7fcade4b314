-- H2 only. Writing a sequence's position to disk (each time its cache of values runs out, V1_1) commits the whole
-- store, including every page the open transaction has changed: in a bulk load's transactions of 1,024 articles
-- that write is large, and with a cache of 1,024 values it came about once per 1,024 entities, stories or log
-- rows (4% of the writing thread's samples in `ingest --analyzed` of the 2,225 BBC texts). A crash still skips at
-- most the cached values (ids stay unique and increasing); a clean close writes the exact position, so ids
-- are the same as before.
ALTER TABLE sources ALTER COLUMN id SET CACHE 1000000;
ALTER TABLE stories ALTER COLUMN id SET CACHE 1000000;
ALTER TABLE articles ALTER COLUMN id SET CACHE 1000000;
ALTER TABLE entities ALTER COLUMN id SET CACHE 1000000;
ALTER TABLE ingest_log ALTER COLUMN id SET CACHE 1000000;
