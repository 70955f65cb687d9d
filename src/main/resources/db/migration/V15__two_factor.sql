-- Two-factor sign-in for local accounts (issue #18): a TOTP key (RFC 6238) per account and its
-- single-use recovery codes. The key is stored as its authenticator apps receive it (Base32); the
-- recovery codes only as SHA-256 hashes. A key without enabled_at is one being set up.
CREATE TABLE two_factor (
    username      VARCHAR(64)  NOT NULL,
    totp_secret   VARCHAR(64)  NOT NULL,
    enabled_at    DATETIME(6),
    last_step     BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL,
    PRIMARY KEY (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE recovery_code (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    username   VARCHAR(64) NOT NULL,
    code_hash  VARCHAR(64) NOT NULL,
    used_at    DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_recovery_code UNIQUE (username, code_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
