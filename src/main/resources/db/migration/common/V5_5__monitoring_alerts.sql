-- Sector alerts (module monitoring): a sector of the line crossed its threshold of corroborated ceasefire
-- violations within a time window. Instants are epoch milliseconds.
CREATE TABLE monitoring_alerts (
    id              VARCHAR(36) PRIMARY KEY,
    sector          INTEGER     NOT NULL,
    window_start    BIGINT      NOT NULL,
    window_end      BIGINT      NOT NULL,
    min_incidents   INTEGER     NOT NULL,
    window_seconds  BIGINT      NOT NULL,
    raised_at       BIGINT      NOT NULL,
    status          VARCHAR(20) NOT NULL,
    acknowledged_by VARCHAR(64),
    acknowledged_at BIGINT
);
CREATE INDEX monitoring_alerts_raised ON monitoring_alerts (raised_at);

-- The evidence of each alert: every incident counted, as it stood when the alert was raised. Incidents are
-- derived data that may later merge or be rebuilt; the evidence stays as the alert saw it.
CREATE TABLE monitoring_alert_evidence (
    alert_id            VARCHAR(36) NOT NULL,
    incident_id         VARCHAR(36) NOT NULL,
    category            VARCHAR(30) NOT NULL,
    status              VARCHAR(20) NOT NULL,
    first_observed_at   BIGINT      NOT NULL,
    oblast              VARCHAR(20) NOT NULL,
    report_count        INTEGER     NOT NULL,
    independent_sources INTEGER     NOT NULL,
    PRIMARY KEY (alert_id, incident_id)
);

-- Per sector, where the window of its last alert ended. A new alert's window must start at or after it; the
-- conditional update that moves it decides which of several instances raises an alert.
CREATE TABLE monitoring_alert_sectors (
    sector          INTEGER PRIMARY KEY,
    last_window_end BIGINT  NOT NULL
);
