-- Sector alerts read one sector's incidents over a time window after every fusion round; without this index each
-- read scanned every incident.
CREATE INDEX monitoring_incidents_sector_time ON monitoring_incidents (sector, first_observed_at);
