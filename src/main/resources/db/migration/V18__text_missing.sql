-- Sources whose text is missing (issue #19): a reference imported from a reference manager without
-- an abstract, a note or an attached article is stored with an empty text, no SHA-256 and version 0
-- until someone adds the text, which becomes version 1. NULLs do not collide in the unique
-- constraint on body_sha256, so any number of sources can wait for their text.
ALTER TABLE source MODIFY body_sha256 CHAR(64) NULL;
