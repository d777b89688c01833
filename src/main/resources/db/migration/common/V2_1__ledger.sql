-- The append-only coalition record (module ledger). entry_bytes is the canonical encoding hashed into the tree.
CREATE TABLE ledger_head (
    id   INTEGER PRIMARY KEY,
    size BIGINT  NOT NULL
);
INSERT INTO ledger_head (id, size) VALUES (1, 0);

CREATE TABLE ledger_entries (
    seq          BIGINT       PRIMARY KEY,
    recorded_at  BIGINT       NOT NULL,
    actor_user   VARCHAR(64)  NOT NULL,
    actor_nation VARCHAR(8),
    action       VARCHAR(100) NOT NULL,
    entry_bytes  BYTEA        NOT NULL,
    leaf_hash    BYTEA        NOT NULL
);
CREATE INDEX ledger_entries_leaf_hash ON ledger_entries (leaf_hash);
