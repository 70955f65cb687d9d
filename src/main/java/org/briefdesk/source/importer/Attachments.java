package org.briefdesk.source.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The files a reference has attached, as its export names them, and where they are in an archive:
 * Zotero's "Export Files" writes them beside the reference file, e.g. {@code files/12/a.html} next
 * to {@code My Library.bib}.
 */
final class Attachments {

    private static final Pattern MIME_TYPE = Pattern.compile("[a-z]+/[a-zA-Z0-9.+-]+");

    private Attachments() {}

    /**
     * The paths in a BibTeX {@code file} field: plain paths separated by semicolons, or Zotero's and
     * JabRef's {@code Title:files/12/a.html:text/html;Snapshot:files/13/b.pdf:application/pdf},
     * where a backslash escapes the next character ({@code \:}, {@code \;}, {@code \\}), as Better
     * BibTeX writes them.
     */
    static List<String> bibtexFileField(String field) {
        List<String> paths = new ArrayList<>();
        for (List<String> parts : split(field)) {
            String path;
            if (parts.size() == 1) {
                path = parts.getFirst();
            } else if (parts.size() == 2
                    && MIME_TYPE.matcher(parts.get(1).strip()).matches()) {
                path = parts.getFirst();
            } else {
                path = parts.get(1);
            }
            if (!path.isBlank()) {
                paths.add(path.strip());
            }
        }
        return paths;
    }

    /**
     * The archive path of an attachment named in a reference file, relative to that file's folder;
     * empty for a path that would leave the archive (absolute, a drive letter, {@code ..}), which is
     * never followed.
     */
    static Optional<String> resolve(String referenceFilePath, String attachment) {
        if (FileNames.entryPath(attachment).isEmpty()) {
            return Optional.empty();
        }
        String folder = folder(referenceFilePath);
        return FileNames.entryPath(folder.isEmpty() ? attachment : folder + "/" + attachment);
    }

    /** The folder of an archive path, empty at the top. */
    static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** Items at unescaped semicolons, each split into its parts at unescaped colons, unescaped. */
    private static List<List<String>> split(String field) {
        List<List<String>> items = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                part.append(field.charAt(++i));
            } else if (c == ':' || c == ';') {
                parts.add(part.toString());
                part.setLength(0);
                if (c == ';') {
                    items.add(parts);
                    parts = new ArrayList<>();
                }
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        items.add(parts);
        return items;
    }
}
