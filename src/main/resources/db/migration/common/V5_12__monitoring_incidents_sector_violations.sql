-- Sector alerts find their crossings from the first observation times of a sector's violations alone, filtered by
-- status and category: with both in the sector index, that read never leaves the index. It still serves the views'
-- sector filter.
DROP INDEX monitoring_incidents_sector_time;
CREATE INDEX monitoring_incidents_sector_time ON monitoring_incidents (sector, first_observed_at, status, category);
