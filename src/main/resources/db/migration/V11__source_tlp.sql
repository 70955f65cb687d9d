-- TLP 2.0 markings (issue #17): a source may be marked TLP:CLEAR, TLP:GREEN, TLP:AMBER,
-- TLP:AMBER+STRICT or TLP:RED (stored as the constant's name); unmarked sources (NULL) count as
-- TLP:CLEAR, and say so.
ALTER TABLE source ADD COLUMN tlp VARCHAR(16) NULL;
