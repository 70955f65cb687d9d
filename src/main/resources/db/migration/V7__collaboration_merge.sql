-- Saves that cannot lose text (PRODUCT section 4). A save whose changes overlap changes saved
-- meanwhile is kept as a revision marked conflicted: stored, shown in the history, never the current
-- text. Revisions also record the fields that merge per field (audience, tags, co-authors) so that a
-- later save from this revision can merge them; older revisions leave them empty.

ALTER TABLE briefing_revision ADD COLUMN conflicted BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE briefing_revision ADD COLUMN audience VARCHAR(16) NULL;
ALTER TABLE briefing_revision ADD COLUMN tags TEXT NULL;
ALTER TABLE briefing_revision ADD COLUMN co_authors TEXT NULL;
