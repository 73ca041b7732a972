-- Verkosto schema, version 4: the indexes that let reads and scoped validation cost what they
-- touch (store/entities.ts names them): a theme's sub-themes and continuations, and a
-- municipality's memberships across periods.

CREATE INDEX themes_parent ON themes (parent_id);
CREATE INDEX themes_continues ON themes (continues_theme_id);
CREATE INDEX participations_municipality ON participations (municipality_code, period_id);
