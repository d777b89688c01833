-- The coalition registry (module coalition): participants and sourced facts.
CREATE TABLE sources (
    id        VARCHAR(64)   PRIMARY KEY,
    title     VARCHAR(300)  NOT NULL,
    publisher VARCHAR(200),
    published VARCHAR(10),
    language  VARCHAR(8)    NOT NULL,
    summary   VARCHAR(1000)
);

CREATE TABLE participants (
    code        VARCHAR(8)   PRIMARY KEY,
    iso3        VARCHAR(3)   UNIQUE,
    iso_numeric VARCHAR(3),
    kind        VARCHAR(20)  NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    name_fr     VARCHAR(100) NOT NULL,
    eu          BOOLEAN      NOT NULL,
    nato        BOOLEAN      NOT NULL
);

CREATE TABLE claims (
    id          VARCHAR(100) PRIMARY KEY,
    subject     VARCHAR(100) NOT NULL,
    predicate   VARCHAR(40)  NOT NULL,
    claim_value VARCHAR(500) NOT NULL,
    confidence  VARCHAR(10)  NOT NULL,
    recorded_at BIGINT       NOT NULL,
    recorded_by VARCHAR(64)  NOT NULL
);
CREATE INDEX claims_subject ON claims (subject);

-- Citations of claims, meetings, headquarters and reference items (owner_kind says which).
CREATE TABLE citations (
    owner_kind  VARCHAR(20)  NOT NULL,
    owner_id    VARCHAR(120) NOT NULL,
    ordinal     INTEGER      NOT NULL,
    source_id   VARCHAR(64)  NOT NULL REFERENCES sources (id),
    quote       VARCHAR(200),
    description VARCHAR(500),
    PRIMARY KEY (owner_kind, owner_id, ordinal)
);
CREATE INDEX citations_source ON citations (source_id);

CREATE TABLE meetings (
    id           VARCHAR(100)  PRIMARY KEY,
    meeting_date VARCHAR(10),
    date_text    VARCHAR(100),
    place        VARCHAR(200)  NOT NULL,
    format       VARCHAR(20)   NOT NULL,
    level        VARCHAR(40),
    kind         VARCHAR(200),
    convenors    VARCHAR(200)  NOT NULL,
    attendees    VARCHAR(1000) NOT NULL,
    guests       TEXT          NOT NULL,
    outcome_en   VARCHAR(2000),
    outcome_fr   VARCHAR(2000)
);

CREATE TABLE headquarters (
    id              VARCHAR(100) PRIMARY KEY,
    city            VARCHAR(100) NOT NULL,
    host            VARCHAR(8),
    valid_from      VARCHAR(10),
    valid_until     VARCHAR(10),
    rotation_months INTEGER,
    ordinal         INTEGER,
    note_en         VARCHAR(1000),
    note_fr         VARCHAR(1000)
);

CREATE TABLE reference_items (
    category       VARCHAR(40)   NOT NULL,
    code           VARCHAR(60)   NOT NULL,
    ordinal        INTEGER       NOT NULL,
    name_en        VARCHAR(200)  NOT NULL,
    name_fr        VARCHAR(200)  NOT NULL,
    description_en VARCHAR(2000),
    description_fr VARCHAR(2000),
    PRIMARY KEY (category, code)
);

CREATE TABLE dataset_imports (
    version     VARCHAR(40) PRIMARY KEY,
    sha256      VARCHAR(64) NOT NULL,
    imported_at BIGINT      NOT NULL,
    imported_by VARCHAR(64) NOT NULL
);

-- Bumped by every write to the registry, in the same transaction: readers cache what they derive
-- from the claims and recompute only when the revision moved (safe with several app instances).
CREATE TABLE coalition_revision (
    id       INTEGER PRIMARY KEY,
    revision BIGINT  NOT NULL
);
INSERT INTO coalition_revision (id, revision) VALUES (1, 0);
