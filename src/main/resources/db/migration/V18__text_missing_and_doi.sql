-- Sources from reference managers (issue #19).
--
-- Text missing: a reference imported from a reference manager without
-- an abstract, a note or an attached article is stored with an empty text, no SHA-256 and version 0
-- until someone adds the text, which becomes version 1. NULLs do not collide in the unique
-- constraint on body_sha256, so any number of sources can wait for their text.
ALTER TABLE source MODIFY body_sha256 CHAR(64) NULL;

-- DOI: a source's DOI as reference managers export it, lower-cased without its resolver
-- prefix ("10.1234/ports.2024"): the same DOI is the same article, whatever URL came with it.
ALTER TABLE source ADD COLUMN doi VARCHAR(255) NULL;
CREATE UNIQUE INDEX uk_source_doi ON source (doi);
