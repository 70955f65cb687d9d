-- Comments (PRODUCT section 4): threads on a briefing, anchored to a passage (the exact text plus a
-- little context before and after, re-found after edits) or general; their messages; the users
-- each message mentions.

CREATE TABLE comment_thread (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    version        BIGINT        NOT NULL,
    briefing_id    BIGINT        NOT NULL,
    anchor_quote   TEXT          NULL,
    anchor_before  VARCHAR(200)  NULL,
    anchor_after   VARCHAR(200)  NULL,
    started_by     VARCHAR(64)   NOT NULL,
    started_at     DATETIME(6)   NOT NULL,
    resolved_by    VARCHAR(64)   NULL,
    resolved_at    DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_comment_thread_briefing FOREIGN KEY (briefing_id) REFERENCES briefing (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_comment_thread_briefing ON comment_thread (briefing_id, started_at);

CREATE TABLE comment_message (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version     BIGINT       NOT NULL,
    thread_id   BIGINT       NOT NULL,
    author      VARCHAR(64)  NOT NULL,
    text        TEXT         NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_comment_message_thread FOREIGN KEY (thread_id) REFERENCES comment_thread (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_comment_message_thread ON comment_message (thread_id, created_at);

CREATE TABLE comment_mention (
    message_id  BIGINT       NOT NULL,
    username    VARCHAR(64)  NOT NULL,
    PRIMARY KEY (message_id, username),
    CONSTRAINT fk_comment_mention_message FOREIGN KEY (message_id) REFERENCES comment_message (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
