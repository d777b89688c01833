-- A stored report keeps, beside its canonical content, only what the platform looks reports up by: its seq, its key
-- (source, event uid), its observation time (the order a rebuild fuses in), its format and its batch. Source type,
-- category, oblast and sector were copies of the content no query read, bound and written for every report.
ALTER TABLE monitoring_reports DROP COLUMN source_type;
ALTER TABLE monitoring_reports DROP COLUMN category;
ALTER TABLE monitoring_reports DROP COLUMN oblast;
ALTER TABLE monitoring_reports DROP COLUMN sector;
