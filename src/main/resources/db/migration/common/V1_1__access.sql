-- Users and their API tokens (module access). Instants are epoch milliseconds.
CREATE TABLE accounts (
    username      VARCHAR(64)  PRIMARY KEY,
    password_hash VARCHAR(200) NOT NULL,
    nation        VARCHAR(8),
    roles         VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    BIGINT       NOT NULL
);

CREATE TABLE api_tokens (
    id         VARCHAR(36)  PRIMARY KEY,
    username   VARCHAR(64)  NOT NULL REFERENCES accounts (username),
    name       VARCHAR(100) NOT NULL,
    token_hash VARCHAR(64)  NOT NULL UNIQUE,
    created_at BIGINT       NOT NULL,
    revoked    BOOLEAN      NOT NULL
);
