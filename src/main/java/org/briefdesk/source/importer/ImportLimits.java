package org.briefdesk.source.importer;

/**
 * Limits of PRODUCT section 2. Megabytes are decimal (1 MB = 1,000,000 bytes), as in the messages
 * the user reads.
 *
 * @param maxBodyBytes the largest body text, counted in UTF-8 bytes after normalisation
 * @param maxFileBytes the largest uploaded file, and the largest file inside an archive
 * @param maxArchiveEntries the most files one archive may hold
 * @param maxArchiveBytes the most bytes one archive may unpack to, counted while unpacking
 */
public record ImportLimits(long maxBodyBytes, long maxFileBytes, int maxArchiveEntries, long maxArchiveBytes) {

    public ImportLimits {
        if (maxBodyBytes <= 0 || maxFileBytes <= 0 || maxArchiveEntries <= 0 || maxArchiveBytes <= 0) {
            throw new IllegalArgumentException("import limits must be positive");
        }
    }

    /** 2 MB body (UTF-8 bytes), 10 MB per file, 500 files per archive, 100 MB unpacked per archive. */
    public static ImportLimits defaults() {
        return new ImportLimits(2_000_000, 10_000_000, 500, 100_000_000);
    }
}
