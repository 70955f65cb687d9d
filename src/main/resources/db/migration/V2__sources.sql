-- Source articles (PRODUCT section 2). The current body is kept on the source row for the search
-- index; every body a source ever had is a row of source_version.

CREATE TABLE source (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    citation_key         VARCHAR(80)   NOT NULL,
    title                VARCHAR(500)  NOT NULL,
    outlet               VARCHAR(200)  NULL,
    authors              VARCHAR(500)  NULL,
    url                  VARCHAR(2000) NULL,
    canonical_url_sha256 CHAR(64)      NULL,
    published_date       DATE          NULL,
    language             VARCHAR(16)   NULL,
    notes                TEXT          NULL,
    reliability          CHAR(1)       NULL,
    credibility          INT           NULL,
    body                 MEDIUMTEXT    NOT NULL,
    body_sha256          CHAR(64)      NOT NULL,
    current_version      INT           NOT NULL,
    added_by             VARCHAR(64)   NOT NULL,
    captured_at          DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    first_cited_at       DATETIME(6)   NULL,
    version              BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_source_citation_key UNIQUE (citation_key),
    -- The duplicate check made race-safe: two sources never hold the same text at once.
    CONSTRAINT uk_source_body UNIQUE (body_sha256),
    -- Two imports of the same page cannot both be stored, however close together they run.
    CONSTRAINT uk_source_canonical_url UNIQUE (canonical_url_sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_source_published_date ON source (published_date);

CREATE TABLE source_tag (
    source_id BIGINT      NOT NULL,
    tag       VARCHAR(64) NOT NULL,
    PRIMARY KEY (source_id, tag),
    CONSTRAINT fk_source_tag_source FOREIGN KEY (source_id) REFERENCES source (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE source_version (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    source_id   BIGINT      NOT NULL,
    number      INT         NOT NULL,
    body        MEDIUMTEXT  NOT NULL,
    body_sha256 CHAR(64)    NOT NULL,
    created_by  VARCHAR(64) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_source_version_number UNIQUE (source_id, number),
    CONSTRAINT fk_source_version_source FOREIGN KEY (source_id) REFERENCES source (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_source_version_body ON source_version (body_sha256);
