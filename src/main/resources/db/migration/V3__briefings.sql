-- Briefings and their append-only revisions (PRODUCT section 3). The briefing row holds the current
-- text; every save is a revision, with the citations it made.

CREATE TABLE briefing (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    slug                VARCHAR(120)  NOT NULL,
    title               VARCHAR(300)  NOT NULL,
    summary             VARCHAR(1000) NULL,
    body                MEDIUMTEXT    NOT NULL,
    audience            VARCHAR(16)   NOT NULL,
    status              VARCHAR(24)   NOT NULL,
    edition             INT           NOT NULL,
    owner_username      VARCHAR(64)   NOT NULL,
    current_revision_id BIGINT        NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_briefing_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_briefing_owner ON briefing (owner_username);

CREATE TABLE briefing_tag (
    briefing_id BIGINT      NOT NULL,
    tag         VARCHAR(64) NOT NULL,
    PRIMARY KEY (briefing_id, tag),
    CONSTRAINT fk_briefing_tag_briefing FOREIGN KEY (briefing_id) REFERENCES briefing (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE briefing_coauthor (
    briefing_id BIGINT      NOT NULL,
    username    VARCHAR(64) NOT NULL,
    PRIMARY KEY (briefing_id, username),
    CONSTRAINT fk_briefing_coauthor_briefing FOREIGN KEY (briefing_id) REFERENCES briefing (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_briefing_coauthor_user ON briefing_coauthor (username);

CREATE TABLE briefing_revision (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    briefing_id      BIGINT        NOT NULL,
    number           INT           NOT NULL,
    kind             VARCHAR(16)   NOT NULL,
    author_username  VARCHAR(64)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    message          VARCHAR(500)  NULL,
    base_revision_id BIGINT        NULL,
    title            VARCHAR(300)  NOT NULL,
    summary          VARCHAR(1000) NULL,
    body             MEDIUMTEXT    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_briefing_revision_number UNIQUE (briefing_id, number),
    CONSTRAINT fk_briefing_revision_briefing FOREIGN KEY (briefing_id) REFERENCES briefing (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE revision_citation (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    revision_id    BIGINT       NOT NULL,
    position       INT          NOT NULL,
    source_key     VARCHAR(80)  NOT NULL,
    source_version INT          NULL,
    locator        VARCHAR(200) NULL,
    quoted_text    TEXT         NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_revision_citation_revision FOREIGN KEY (revision_id) REFERENCES briefing_revision (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_revision_citation_source ON revision_citation (source_key);
