-- Search on OpenSearch (issue #15): Hibernate Search's outbox-polling coordination. A save writes one
-- event per changed source, briefing or edition here, in its own transaction; each node's event
-- processor sends the events to OpenSearch and deletes them. The agent table is where the nodes share
-- out that work. Both tables stay empty on a single node with the embedded Lucene index.
-- Column names and types are Hibernate Search 8.2's, ids as CHAR(36) (uuid_type=CHAR).

CREATE TABLE hsearch_outbox_event (
    id              CHAR(36)      NOT NULL,
    entity_name     VARCHAR(256)  NOT NULL,
    entity_id       VARCHAR(256)  NOT NULL,
    entity_id_hash  INTEGER       NOT NULL,
    tenant_id       VARCHAR(255)  NULL,
    payload         LONGBLOB      NOT NULL,
    retries         INTEGER       NOT NULL,
    process_after   DATETIME(6)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX processAfter ON hsearch_outbox_event (process_after);

CREATE TABLE hsearch_agent (
    id                    CHAR(36)      NOT NULL,
    type                  VARCHAR(40)   NOT NULL,
    name                  VARCHAR(255)  NOT NULL,
    tenant_id             VARCHAR(255)  NULL,
    expiration            DATETIME(6)   NOT NULL,
    state                 VARCHAR(16)   NOT NULL,
    total_shard_count     INTEGER       NULL,
    assigned_shard_index  INTEGER       NULL,
    payload               LONGBLOB      NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
