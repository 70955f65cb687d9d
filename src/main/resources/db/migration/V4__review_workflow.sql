-- The review workflow (PRODUCT section 5): the named reviewer, the exact revision approved, every
-- transition as the briefing's timeline, and in-app notifications.

ALTER TABLE briefing ADD COLUMN reviewer_username VARCHAR(64) NULL;
ALTER TABLE briefing ADD COLUMN approved_revision_id BIGINT NULL;

CREATE TABLE briefing_transition (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    briefing_id  BIGINT       NOT NULL,
    action       VARCHAR(24)  NOT NULL,
    from_status  VARCHAR(24)  NOT NULL,
    to_status    VARCHAR(24)  NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    occurred_at  DATETIME(6)  NOT NULL,
    comment      TEXT         NULL,
    revision_id  BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_briefing_transition_briefing FOREIGN KEY (briefing_id) REFERENCES briefing (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_briefing_transition_briefing ON briefing_transition (briefing_id, occurred_at);

CREATE TABLE notification (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    recipient   VARCHAR(64)   NOT NULL,
    kind        VARCHAR(32)   NOT NULL,
    message     VARCHAR(1000) NOT NULL,
    link        VARCHAR(300)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    read_at     DATETIME(6)   NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_notification_recipient ON notification (recipient, read_at, created_at);
