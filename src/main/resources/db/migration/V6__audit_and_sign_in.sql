-- The audit log (PRODUCT section 7, issue 8): one row per security-relevant event, never changed or
-- deleted by the application. The view pages by (occurred_at, id) from the newest backwards, so every
-- filter it offers has an index that starts with the filtered column(s) and ends with that key: a
-- page is an index range scan of at most one page of rows, however deep and however large the table.

CREATE TABLE audit_entry (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(6)   NOT NULL,
    kind           VARCHAR(32)   NOT NULL,
    actor          VARCHAR(64)   NULL,
    target         VARCHAR(200)  NOT NULL,
    detail         VARCHAR(1000) NOT NULL,
    client_address VARCHAR(64)   NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at, id);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, occurred_at, id);
CREATE INDEX ix_audit_entry_kind ON audit_entry (kind, occurred_at, id);
CREATE INDEX ix_audit_entry_actor_kind ON audit_entry (actor, kind, occurred_at, id);
