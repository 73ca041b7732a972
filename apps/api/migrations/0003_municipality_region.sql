-- Verkosto schema, version 3: the municipalities table also keeps each one's (latest) region,
-- so the database alone can answer "which members are in Uusimaa". The API still answers
-- municipality questions with @verkosto/core's registry, which knows regions on every date.

ALTER TABLE municipalities ADD COLUMN region_code TEXT CHECK (region_code IS NULL OR region_code GLOB '[0-9][0-9]');

CREATE INDEX municipalities_region ON municipalities (region_code);
