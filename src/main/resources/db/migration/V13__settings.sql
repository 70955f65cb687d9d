-- Settings an administrator changes in the application (issue #17: the yardstick new briefings
-- start with). One row per setting; no row means the default from the configuration.
CREATE TABLE app_setting (
    name           VARCHAR(64)  NOT NULL,
    setting_value  VARCHAR(200) NOT NULL,
    updated_by     VARCHAR(64)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
