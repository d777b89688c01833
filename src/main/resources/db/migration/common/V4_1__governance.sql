-- How the coalition decides (module governance): statutes and weight tables as versioned data,
-- proposals with the rule, electorate and weights fixed when opened, and one ballot per nation.

-- A version of the statutes; the document (parameters and articles) is immutable JSON.
CREATE TABLE governance_statutes (
    version     INTEGER     PRIMARY KEY,
    digest      VARCHAR(64) NOT NULL UNIQUE,
    title       VARCHAR(200) NOT NULL,
    document    TEXT        NOT NULL,
    recorded_at BIGINT      NOT NULL,
    recorded_by VARCHAR(64) NOT NULL
);

CREATE TABLE governance_weight_tables (
    version     INTEGER      PRIMARY KEY,
    digest      VARCHAR(64)  NOT NULL UNIQUE,
    basis       VARCHAR(20)  NOT NULL,
    title       VARCHAR(200) NOT NULL,
    source_id   VARCHAR(64)  NOT NULL,
    quote       VARCHAR(200),
    description VARCHAR(500),
    loaded_at   BIGINT       NOT NULL,
    loaded_by   VARCHAR(64)  NOT NULL
);

CREATE TABLE governance_weights (
    table_version INTEGER    NOT NULL REFERENCES governance_weight_tables (version),
    nation        VARCHAR(8) NOT NULL,
    weight        BIGINT     NOT NULL,
    PRIMARY KEY (table_version, nation)
);

-- Rule parameters: shares are exact fractions written "11/20"; minimum is the opt-in minimum.
CREATE TABLE governance_proposals (
    id               VARCHAR(64)  PRIMARY KEY,
    title            VARCHAR(200) NOT NULL,
    body             TEXT         NOT NULL,
    component        VARCHAR(60),
    deadline         BIGINT       NOT NULL,
    rule_kind        VARCHAR(30)  NOT NULL,
    rule_members     VARCHAR(30),
    rule_weight      VARCHAR(30),
    rule_minimum     INTEGER,
    weight_table     INTEGER      REFERENCES governance_weight_tables (version),
    statutes_version INTEGER      NOT NULL REFERENCES governance_statutes (version),
    opened_at        BIGINT       NOT NULL,
    opened_by        VARCHAR(64)  NOT NULL,
    outcome          VARCHAR(10),
    decided_at       BIGINT
);
CREATE INDEX governance_proposals_due ON governance_proposals (outcome, deadline);

CREATE TABLE governance_proposal_options (
    proposal_id VARCHAR(64)  NOT NULL REFERENCES governance_proposals (id),
    ordinal     INTEGER      NOT NULL,
    label       VARCHAR(300) NOT NULL,
    PRIMARY KEY (proposal_id, ordinal)
);

CREATE TABLE governance_electors (
    proposal_id VARCHAR(64) NOT NULL REFERENCES governance_proposals (id),
    nation      VARCHAR(8)  NOT NULL,
    ordinal     INTEGER     NOT NULL,
    PRIMARY KEY (proposal_id, nation)
);

-- The ballot in force for each nation; its history is in the ledger.
CREATE TABLE governance_ballots (
    proposal_id VARCHAR(64) NOT NULL REFERENCES governance_proposals (id),
    nation      VARCHAR(8)  NOT NULL,
    choice      VARCHAR(10) NOT NULL,
    cast_by     VARCHAR(64) NOT NULL,
    cast_at     BIGINT      NOT NULL,
    changed_at  BIGINT,
    PRIMARY KEY (proposal_id, nation)
);
