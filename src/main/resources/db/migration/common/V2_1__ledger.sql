-- The append-only coalition record (module ledger). Instants are epoch milliseconds.
-- ledger_head holds the log size; writers lock its row, so appends are serialised across instances.
CREATE TABLE ledger_head (
    id   INTEGER PRIMARY KEY,
    size BIGINT  NOT NULL
);
INSERT INTO ledger_head (id, size) VALUES (1, 0);

-- Public keys: nations' (owner = nation code), the secretariat's (owner = 'secretariat') and the
-- log's own (owner = 'log'). key_id is the hex SHA-256 of the raw 32-byte Ed25519 public key.
-- A retired key signs nothing new, but what it signed before still verifies.
CREATE TABLE ledger_keys (
    key_id        VARCHAR(64) PRIMARY KEY,
    owner         VARCHAR(16) NOT NULL,
    public_key    BYTEA       NOT NULL,
    registered_at BIGINT      NOT NULL,
    registered_by VARCHAR(64) NOT NULL,
    retired_at    BIGINT
);
CREATE INDEX ledger_keys_owner ON ledger_keys (owner);

-- entry_bytes is the RFC 8785 canonical entry hashed into the tree: leaf_hash = SHA-256(0x00 || entry_bytes).
-- recorded_at, actor_nation and action repeat fields of entry_bytes for filtering. No index but the
-- sequence: an index of random hashes would rewrite random pages on every commit.
CREATE TABLE ledger_entries (
    seq          BIGINT       PRIMARY KEY,
    recorded_at  BIGINT       NOT NULL,
    actor_nation VARCHAR(8),
    action       VARCHAR(100) NOT NULL,
    entry_bytes  BYTEA        NOT NULL,
    leaf_hash    BYTEA        NOT NULL
);

-- Look-up of entries by leaf hash (leaf_key = the first 8 bytes of the hash, as a signed integer),
-- filled in large sorted batches behind the appends; entries from ledger_leaf_index_head.indexed
-- on are found by scanning that short tail instead.
CREATE TABLE ledger_leaf_index (
    leaf_key BIGINT NOT NULL,
    seq      BIGINT NOT NULL
);
CREATE INDEX ledger_leaf_index_key ON ledger_leaf_index (leaf_key);
CREATE TABLE ledger_leaf_index_head (
    id      INTEGER PRIMARY KEY,
    indexed BIGINT  NOT NULL
);
INSERT INTO ledger_leaf_index_head (id, indexed) VALUES (1, 0);

-- Every complete perfect subtree of 256 leaves (block b covers leaves [256 b, 256 b + 256)):
-- nodes holds its levels 0 to 7 (256 + 128 + ... + 2 hashes of 32 bytes, level by level),
-- root its level-8 node. Written in the transaction of the entry that completes the block.
CREATE TABLE ledger_tiles (
    block BIGINT PRIMARY KEY,
    nodes BYTEA  NOT NULL,
    root  BYTEA  NOT NULL
);

-- Signed tree heads: the log key's Ed25519 signature over the checkpoint text
-- "<origin>\n<tree_size>\n<base64 root_hash>\n<signed_at>\n".
CREATE TABLE ledger_tree_heads (
    tree_size BIGINT      PRIMARY KEY,
    root_hash BYTEA       NOT NULL,
    signed_at BIGINT      NOT NULL,
    key_id    VARCHAR(64) NOT NULL REFERENCES ledger_keys (key_id),
    signature BYTEA       NOT NULL
);

-- Witness cosignatures (C2SP tlog-cosignature): "cosignature/v1\ntime <cosigned_at seconds>\n" + checkpoint text.
CREATE TABLE ledger_cosignatures (
    tree_size   BIGINT      NOT NULL REFERENCES ledger_tree_heads (tree_size),
    key_id      VARCHAR(64) NOT NULL REFERENCES ledger_keys (key_id),
    witness     VARCHAR(8)  NOT NULL,
    cosigned_at BIGINT      NOT NULL,
    signature   BYTEA       NOT NULL,
    PRIMARY KEY (tree_size, key_id)
);
