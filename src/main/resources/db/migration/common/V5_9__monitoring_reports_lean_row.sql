-- The raw report row keeps only what is looked up or ordered by (seq; source and event uid for the unique key;
-- observation time for a rebuild's order; format and batch) beside the canonical bytes. source_type and category are
-- in the canonical bytes already, oblast and sector follow from the position in them; no query read these columns,
-- and binding them was a third of the writer's work per report. One statement per column: SQLite drops one at a time.
ALTER TABLE monitoring_reports DROP COLUMN source_type;
ALTER TABLE monitoring_reports DROP COLUMN category;
ALTER TABLE monitoring_reports DROP COLUMN oblast;
ALTER TABLE monitoring_reports DROP COLUMN sector;
