package org.briefdesk.source.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serial;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a zip archive of articles, or a reference manager's export folder zipped (see {@link
 * ArchiveImport}). Nothing is ever written to disk; still, an archive that would unpack outside its
 * folder, holds too many files or unpacks to too many bytes is refused as a whole, so that the user
 * fixes it rather than gets part of it.
 */
final class ZipReader {

    /** Refuses the whole archive with a message for the user. */
    private static final class ArchiveRefused extends Exception {

        @Serial
        private static final long serialVersionUID = 1L;

        ArchiveRefused(String message) {
            super(message, null, false, false);
        }
    }

    private final SourceFileReader reader;
    private final ImportLimits limits;

    ZipReader(SourceFileReader reader, ImportLimits limits) {
        this.reader = reader;
        this.limits = limits;
    }

    List<FileResult> read(String zipName, byte[] content) {
        if (!looksLikeZip(content)) {
            return refuse(zipName, "The file is not a zip archive that Briefdesk can read.");
        }
        List<ArchiveFile> files;
        try {
            files = readEntries(content);
        } catch (ArchiveRefused refused) {
            return refuse(zipName, refused.getMessage());
        } catch (IOException | IllegalArgumentException damaged) {
            return refuse(
                    zipName,
                    "The archive is damaged or uses a zip feature Briefdesk cannot read, so nothing in it was"
                            + " imported.");
        }
        try {
            return new ArchiveImport(reader, limits).read(files);
        } catch (ImportRefusedException brokenExport) {
            return refuse(zipName, String.valueOf(brokenExport.getMessage()));
        }
    }

    private List<ArchiveFile> readEntries(byte[] content) throws IOException, ArchiveRefused {
        try {
            return readEntries(content, StandardCharsets.UTF_8);
        } catch (IOException | IllegalArgumentException e) {
            if (!(e instanceof IllegalArgumentException || e.getCause() instanceof IllegalArgumentException)) {
                throw e;
            }
            // An entry name that is not UTF-8: Windows Explorer names entries in the DOS code page.
            return readEntries(content, dosCodePage());
        }
    }

    /** The archive's files, unpacked within the limits; read once the whole archive is. */
    private List<ArchiveFile> readEntries(byte[] content, Charset names) throws IOException, ArchiveRefused {
        List<ArchiveFile> kept = new ArrayList<>();
        int files = 0;
        int entries = 0;
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), names)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries++;
                // Folders and junk do not count as files, but millions of them are an attack.
                if (entries > 4L * limits.maxArchiveEntries() + 100) {
                    throw tooManyFiles();
                }
                String rawName = entry.getName();
                Optional<String> checked = FileNames.entryPath(rawName);
                if (checked.isEmpty()) {
                    throw new ArchiveRefused("The archive was not imported: the entry \u201c"
                            + FileNames.display(rawName)
                            + "\u201d would unpack outside the archive's folder.");
                }
                String path = checked.get();
                boolean folder = entry.isDirectory() || rawName.endsWith("\\") || path.isEmpty();
                boolean skipped = folder || FileNames.isSystemJunk(path);
                if (!skipped && ++files > limits.maxArchiveEntries()) {
                    throw tooManyFiles();
                }
                SourceFileReader.Format format = SourceFileReader.Format.of(path);
                boolean keep = !skipped && (format.isDocument() || format.isReferenceFile());
                ByteArrayOutputStream bytes = keep ? new ByteArrayOutputStream() : null;
                long entryBytes = 0;
                int read;
                // Counted as inflated: the sizes an archive declares are not to be trusted.
                while ((read = zip.read(buffer)) != -1) {
                    unpacked += read;
                    entryBytes += read;
                    if (unpacked > limits.maxArchiveBytes()) {
                        throw new ArchiveRefused("The archive unpacks to more than "
                                + Sizes.format(limits.maxArchiveBytes())
                                + ", the limit for one archive, so nothing in it was imported.");
                    }
                    if (bytes != null && entryBytes <= limits.maxFileBytes()) {
                        bytes.write(buffer, 0, read);
                    }
                }
                if (skipped) {
                    continue;
                }
                // An export's attachments may come before the export file itself.
                kept.add(new ArchiveFile(
                        path,
                        FileNames.display(path),
                        format,
                        bytes == null || entryBytes > limits.maxFileBytes() ? new byte[0] : bytes.toByteArray(),
                        entryBytes));
            }
        }
        if (files == 0) {
            throw new ArchiveRefused("The archive holds no files to import.");
        }
        return kept;
    }

    private ArchiveRefused tooManyFiles() {
        return new ArchiveRefused("The archive holds more than " + limits.maxArchiveEntries() + " files; the limit is "
                + limits.maxArchiveEntries() + ", so nothing in it was imported.");
    }

    private static boolean looksLikeZip(byte[] content) {
        // A local file header, or the end record of an empty archive. ZipInputStream would read any
        // other bytes as an empty archive instead of saying they are not one.
        return content.length >= 4
                && content[0] == 'P'
                && content[1] == 'K'
                && ((content[2] == 3 && content[3] == 4) || (content[2] == 5 && content[3] == 6));
    }

    private static Charset dosCodePage() {
        for (String name : List.of("IBM437", "Cp437")) {
            if (Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        }
        return StandardCharsets.ISO_8859_1;
    }

    private static List<FileResult> refuse(String zipName, String message) {
        return List.of(FileResult.refused(zipName, message));
    }
}
