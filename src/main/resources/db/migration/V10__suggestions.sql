-- Suggestions (issue #16): proposed wording kept beside the briefing's text until one of its authors
-- accepts or rejects it. Each is anchored like a comment: the passage it replaces (empty for an
-- insertion) with a little of the text before and after it, as in the revision it was made against.

CREATE TABLE suggestion (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    version           BIGINT        NOT NULL,
    briefing_id       BIGINT        NOT NULL,
    base_revision_id  BIGINT        NOT NULL,
    base_start        INT           NOT NULL,
    original_text     TEXT          NOT NULL,
    replacement       TEXT          NOT NULL,
    context_before    VARCHAR(200)  NOT NULL,
    context_after     VARCHAR(200)  NOT NULL,
    note              VARCHAR(1000) NULL,
    author            VARCHAR(64)   NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    state             VARCHAR(16)   NOT NULL,
    decided_by        VARCHAR(64)   NULL,
    decided_at        DATETIME(6)   NULL,
    decided_revision_id BIGINT      NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_suggestion_briefing FOREIGN KEY (briefing_id) REFERENCES briefing (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_suggestion_briefing ON suggestion (briefing_id, state, created_at);
