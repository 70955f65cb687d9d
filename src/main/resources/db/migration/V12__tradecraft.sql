-- Analytic tradecraft (issue #17).
-- A briefing's TLP 2.0 marking (the constant's name: CLEAR, GREEN, AMBER, AMBER_STRICT, RED), the
-- probability yardstick its likelihoods use (ICD_203 or PHIA) and its key judgments, one per line:
-- id, likelihood, confidence and sentence separated by tabs. Briefings written before had neither
-- marking nor judgments; they count as TLP:CLEAR on ICD 203, which changes nothing they showed.
ALTER TABLE briefing ADD COLUMN tlp VARCHAR(16) DEFAULT 'CLEAR' NOT NULL;
ALTER TABLE briefing ADD COLUMN yardstick VARCHAR(16) DEFAULT 'ICD_203' NOT NULL;
ALTER TABLE briefing ADD COLUMN key_judgments TEXT NULL;

-- Each revision keeps them as saved (NULL in revisions written before: the briefing's own then).
ALTER TABLE briefing_revision ADD COLUMN tlp VARCHAR(16) NULL;
ALTER TABLE briefing_revision ADD COLUMN yardstick VARCHAR(16) NULL;
ALTER TABLE briefing_revision ADD COLUMN key_judgments TEXT NULL;

-- Each edition as published, with the editor's note on why its judgments changed.
ALTER TABLE edition ADD COLUMN tlp VARCHAR(16) DEFAULT 'CLEAR' NOT NULL;
ALTER TABLE edition ADD COLUMN yardstick VARCHAR(16) DEFAULT 'ICD_203' NOT NULL;
ALTER TABLE edition ADD COLUMN key_judgments TEXT NULL;
ALTER TABLE edition ADD COLUMN judgment_note VARCHAR(2000) NULL;

-- Checks findings an editor accepted, with the reason: found again by the briefing and a
-- fingerprint of the finding (its message and the words it selects).
CREATE TABLE accepted_finding (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    briefing_id  BIGINT        NOT NULL,
    fingerprint  CHAR(64)      NOT NULL,
    message      VARCHAR(1000) NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    accepted_by  VARCHAR(64)   NOT NULL,
    accepted_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_accepted_finding_briefing FOREIGN KEY (briefing_id) REFERENCES briefing (id) ON DELETE CASCADE,
    CONSTRAINT uq_accepted_finding UNIQUE (briefing_id, fingerprint)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
