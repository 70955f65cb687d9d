package org.briefdesk.source.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** File names as shown to the user, and the paths of archive entries. */
final class FileNames {

    /**
     * Control characters, bidi overrides and isolates (which can make "evil‮txt.exe" read as
     * "evilexe.txt"), and the highlight markers.
     */
    private static final Pattern UNSAFE =
            Pattern.compile("[\\p{Cc}\\u061C\\u200E\\u200F\\u202A-\\u202E" + "\\u2066-\\u2069\\uE000\\uE001\\uFEFF]");

    private static final int MAX_LENGTH = 255;

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);

    private FileNames() {}

    /** A name that is safe to show: unsafe characters removed, shortened to a sensible length. */
    static String display(String name) {
        String safe = UNSAFE.matcher(name).replaceAll("").strip();
        if (safe.isEmpty()) {
            return "(unnamed file)";
        }
        if (safe.codePointCount(0, safe.length()) > MAX_LENGTH) {
            safe = safe.substring(0, safe.offsetByCodePoints(0, MAX_LENGTH - 1)) + "…";
        }
        return safe;
    }

    /** The last segment of an uploaded name: some browsers send the whole local path. */
    static String uploadName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return display(slash >= 0 && slash < name.length() - 1 ? name.substring(slash + 1) : name);
    }

    /**
     * The path of an archive entry with {@code /} separators and no empty or {@code .} segments,
     * or empty when the entry would land outside the archive's folder: an absolute path, a drive
     * letter, or a {@code ..} segment (with either kind of slash). Judged on the name as it is
     * shown, without the characters {@link #display} drops: U+0001 followed by "/etc/x" is shown,
     * and could be written, as "/etc/x" (found by ZipEntriesFuzzTest).
     */
    static Optional<String> entryPath(String rawName) {
        String name = UNSAFE.matcher(rawName).replaceAll("").strip();
        if (name.startsWith("/") || name.startsWith("\\") || DRIVE.matcher(name).matches()) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String segment : name.split("[/\\\\]")) {
            String trimmed = segment.strip();
            // Windows drops trailing dots and spaces, so ".. " and "..." climb like "..".
            if (trimmed.length() >= 2 && trimmed.chars().allMatch(c -> c == '.')) {
                return Optional.empty();
            }
            // A blank segment is an empty one to Windows, and " /x" is shown as "/x".
            if (!segment.isBlank() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        String path = String.join("/", segments);
        // "./C:/x" loses its "." and would start with a drive letter (found by ZipEntriesFuzzTest).
        return DRIVE.matcher(path.strip()).matches() ? Optional.empty() : Optional.of(path);
    }

    /** The lower-case extension of a name, without the dot, or empty. */
    static String extension(String name) {
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = last.lastIndexOf('.');
        return dot < 0 ? "" : last.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    /** macOS resource forks and folder settings that archives carry along unasked. */
    static boolean isSystemJunk(String path) {
        String[] segments = path.split("/");
        String last = segments[segments.length - 1];
        for (String segment : segments) {
            if (segment.equals("__MACOSX")) {
                return true;
            }
        }
        return last.equals(".DS_Store")
                || last.startsWith("._")
                || last.equalsIgnoreCase("Thumbs.db")
                || last.equalsIgnoreCase("desktop.ini");
    }
}
