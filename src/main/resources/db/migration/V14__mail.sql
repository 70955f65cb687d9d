-- E-mail notifications (issue #18; docs/decisions/0014-e-mail-notifications.md): an address on each
-- account, each user's choice per kind of notification (at once, daily digest, off), the outbox that
-- the sender works through after the saving transaction committed, and the notifications waiting for
-- the next daily digest. Nothing is written to the last two while mail is not configured.

-- Unique: one address belongs to one account. NULL (no address) may repeat. Stored in lower case.
ALTER TABLE app_user ADD COLUMN email VARCHAR(254) NULL;
CREATE UNIQUE INDEX uk_app_user_email ON app_user (email);

-- Only choices that differ from the defaults need a row; no row means the kind's default.
CREATE TABLE mail_preference (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    version   BIGINT       NOT NULL,
    username  VARCHAR(64)  NOT NULL,
    kind      VARCHAR(32)  NOT NULL,
    delivery  VARCHAR(16)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_mail_preference UNIQUE (username, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One mail, composed when it was queued. A node claims a row (claimed_by, claimed_until) before it
-- sends it, so no two nodes send the same mail; a claim that runs out (a node that died) is taken
-- over. A failed attempt moves due_at on; after the last attempt failed_at is set and it stays.
CREATE TABLE mail_outbox (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    version        BIGINT        NOT NULL,
    recipient      VARCHAR(64)   NOT NULL,
    address        VARCHAR(254)  NOT NULL,
    subject        VARCHAR(300)  NOT NULL,
    text_body      MEDIUMTEXT    NOT NULL,
    html_body      MEDIUMTEXT    NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    due_at         DATETIME(6)   NOT NULL,
    attempts       INT           NOT NULL,
    claimed_by     VARCHAR(64)   NULL,
    claimed_until  DATETIME(6)   NULL,
    sent_at        DATETIME(6)   NULL,
    failed_at      DATETIME(6)   NULL,
    last_error     VARCHAR(500)  NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_mail_outbox_due ON mail_outbox (sent_at, failed_at, due_at);

-- A notification for the recipient's next daily digest. The digest job takes a recipient's waiting
-- items by setting digest_token in one UPDATE, so that two nodes never put one item in two digests.
CREATE TABLE mail_digest_item (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    version       BIGINT         NOT NULL,
    recipient     VARCHAR(64)    NOT NULL,
    kind          VARCHAR(32)    NOT NULL,
    message       VARCHAR(1000)  NOT NULL,
    link          VARCHAR(300)   NOT NULL,
    created_at    DATETIME(6)    NOT NULL,
    digest_token  VARCHAR(64)    NULL,
    collected_at  DATETIME(6)    NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_mail_digest_item_waiting ON mail_digest_item (collected_at, recipient);
CREATE INDEX ix_mail_digest_item_token ON mail_digest_item (digest_token);
