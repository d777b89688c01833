-- SQLite only: seq becomes the rowid (INTEGER PRIMARY KEY). Declared BIGINT it was a second unique index beside the
-- table's own rowid tree, written for every report. PostgreSQL keeps BIGINT; SQLite integers are 64-bit anyway.
CREATE TABLE monitoring_reports_by_seq (
    seq         INTEGER      PRIMARY KEY,
    source_id   VARCHAR(128) NOT NULL,
    event_uid   VARCHAR(128) NOT NULL,
    observed_at BIGINT       NOT NULL,
    source_type VARCHAR(20)  NOT NULL,
    category    VARCHAR(30)  NOT NULL,
    oblast      VARCHAR(20)  NOT NULL,
    sector      INTEGER      NOT NULL,
    format      VARCHAR(10)  NOT NULL,
    batch_id    BIGINT       NOT NULL,
    content     BYTEA        NOT NULL,
    UNIQUE (source_id, event_uid)
);
INSERT INTO monitoring_reports_by_seq (seq, source_id, event_uid, observed_at, source_type, category, oblast, sector, format, batch_id, content)
SELECT seq, source_id, event_uid, observed_at, source_type, category, oblast, sector, format, batch_id, content FROM monitoring_reports;
DROP TABLE monitoring_reports;
ALTER TABLE monitoring_reports_by_seq RENAME TO monitoring_reports;
