-- Publishing (PRODUCT section 6): editions are frozen when published and never updated; the sources
-- an edition cites are copied with the exact version and its SHA-256; a retraction is a row of its
-- own, so that the edition rows stay as they were published.

CREATE TABLE edition (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    briefing_id       BIGINT        NOT NULL,
    slug              VARCHAR(120)  NOT NULL,
    number            INT           NOT NULL,
    revision_id       BIGINT        NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    summary           VARCHAR(1000) NULL,
    audience          VARCHAR(16)   NOT NULL,
    authors           VARCHAR(2000) NOT NULL,
    tags              VARCHAR(2000) NOT NULL,
    published_at      DATETIME(6)   NOT NULL,
    publisher         VARCHAR(64)   NOT NULL,
    markdown          MEDIUMTEXT    NOT NULL,
    html              MEDIUMTEXT    NOT NULL,
    portable_export   MEDIUMTEXT    NOT NULL,
    pandoc_export     MEDIUMTEXT    NOT NULL,
    export_sha256     CHAR(64)      NOT NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_edition_slug_number UNIQUE (slug, number),
    CONSTRAINT uk_edition_briefing_number UNIQUE (briefing_id, number),
    CONSTRAINT fk_edition_briefing FOREIGN KEY (briefing_id) REFERENCES briefing (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_edition_published ON edition (published_at);

CREATE TABLE edition_source (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    edition_id      BIGINT        NOT NULL,
    number          INT           NOT NULL,
    source_key      VARCHAR(80)   NOT NULL,
    source_version  INT           NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    title           VARCHAR(500)  NOT NULL,
    outlet          VARCHAR(200)  NULL,
    authors         VARCHAR(500)  NULL,
    url             VARCHAR(2000) NULL,
    published_date  DATE          NULL,
    accessed_at     DATETIME(6)   NULL,
    grade           VARCHAR(8)    NOT NULL,
    version         BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_edition_source UNIQUE (edition_id, number),
    CONSTRAINT fk_edition_source_edition FOREIGN KEY (edition_id) REFERENCES edition (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE edition_retraction (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    briefing_id   BIGINT        NOT NULL,
    slug          VARCHAR(120)  NOT NULL,
    reason        TEXT          NOT NULL,
    retracted_by  VARCHAR(64)   NOT NULL,
    retracted_at  DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_edition_retraction_briefing UNIQUE (briefing_id),
    CONSTRAINT fk_edition_retraction_briefing FOREIGN KEY (briefing_id) REFERENCES briefing (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_edition_retraction_slug ON edition_retraction (slug);
