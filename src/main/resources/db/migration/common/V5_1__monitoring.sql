-- Ceasefire monitoring (module monitoring). Instants are epoch milliseconds.

-- Who may send reports: one row per sensor, drone ground station or observer team. Only the SHA-256 of the
-- source's token is kept; certificate_sha256 pins the client certificate of the TLS Cursor-on-Target listener.
CREATE TABLE monitoring_sources (
    id                 VARCHAR(128) PRIMARY KEY,
    name               VARCHAR(200) NOT NULL,
    source_type        VARCHAR(20)  NOT NULL,
    token_hash         VARCHAR(64)  NOT NULL UNIQUE,
    certificate_sha256 VARCHAR(64)  UNIQUE,
    registered_at      BIGINT       NOT NULL,
    registered_by      VARCHAR(64)  NOT NULL,
    revoked            BOOLEAN      NOT NULL
);

-- Raw reports, append-only: never updated, never deleted. content is the report's canonical encoding
-- (CanonicalReport); SHA-256(0x00 || content) is its leaf in the Merkle root of its batch. The other columns
-- repeat what queries filter on. seq is assigned by the single writer in commit order; a duplicate
-- (same source and event uid) is refused by the unique key and only counted.
CREATE TABLE monitoring_reports (
    seq         BIGINT       PRIMARY KEY,
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

-- One row per committed batch, with the ledger entry that carries its Merkle root.
CREATE TABLE monitoring_batches (
    id              BIGINT      PRIMARY KEY,
    committed_at    BIGINT      NOT NULL,
    first_seq       BIGINT      NOT NULL,
    last_seq        BIGINT      NOT NULL,
    report_count    INTEGER     NOT NULL,
    duplicate_count INTEGER     NOT NULL,
    merkle_root     VARCHAR(64) NOT NULL,
    ledger_seq      BIGINT      NOT NULL
);

-- The writer's counters (one row), read and bumped inside each batch transaction, so two writers on one
-- PostgreSQL never hand out the same ids. fused_batch is the last batch whose incidents are written, and
-- fused_newest the newest observation time fusion had seen then: an incident whose last report is older than
-- fused_newest minus (time window + allowed lateness) is closed, it can gain no more reports.
CREATE TABLE monitoring_log (
    id           INTEGER PRIMARY KEY,
    last_seq     BIGINT  NOT NULL,
    last_batch   BIGINT  NOT NULL,
    fused_batch  BIGINT  NOT NULL,
    fused_newest BIGINT  NOT NULL
);
INSERT INTO monitoring_log (id, last_seq, last_batch, fused_batch, fused_newest) VALUES (1, 0, 0, 0, 0);

-- Incidents are derived from the reports by fusion and can be rebuilt from them at any time
-- (reassure monitoring rebuild): keep nothing here that fusion does not compute. report_seqs lists the seqs of
-- the incident's reports, comma-separated, in report id order: one column rewritten with the row instead of a
-- link row per report, whose random-key index would double the writes of fusion.
CREATE TABLE monitoring_incidents (
    id                  VARCHAR(36)      PRIMARY KEY,
    category            VARCHAR(30)      NOT NULL,
    status              VARCHAR(20)      NOT NULL,
    first_observed_at   BIGINT           NOT NULL,
    last_observed_at    BIGINT           NOT NULL,
    lat                 DOUBLE PRECISION NOT NULL,
    lon                 DOUBLE PRECISION NOT NULL,
    accuracy_m          DOUBLE PRECISION NOT NULL,
    report_count        INTEGER          NOT NULL,
    independent_sources INTEGER          NOT NULL,
    source_types        VARCHAR(120)     NOT NULL,
    oblast              VARCHAR(20)      NOT NULL,
    side                VARCHAR(24)      NOT NULL,
    distance_km         DOUBLE PRECISION NOT NULL,
    zone                VARCHAR(20)      NOT NULL,
    sector              INTEGER          NOT NULL,
    chainage_km         DOUBLE PRECISION NOT NULL,
    report_seqs         TEXT             NOT NULL,
    updated_at          BIGINT           NOT NULL
);
-- The map query: one oblast, one day (first observation within [day start, day end)).
CREATE INDEX monitoring_incidents_oblast_time ON monitoring_incidents (oblast, first_observed_at);
-- Time ranges over all oblasts, and the incidents still open that fusion reloads after a restart.
CREATE INDEX monitoring_incidents_last ON monitoring_incidents (last_observed_at);
