package org.briefdesk.index;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Snippets from the index's highlighter, as parts of plain text: the highlighter marks the matched
 * words with two private-use characters, never with HTML, so views show them as text.
 */
public final class Highlights {

    /** Marks the start of a highlighted word; stripped from all searched text. */
    public static final String MATCH_START = "\uE000";

    public static final String MATCH_END = "\uE001";

    private Highlights() {}

    /** The snippet in parts, the marked words as matches. */
    public static List<SnippetPart> parts(String marked) {
        List<SnippetPart> parts = new ArrayList<>();
        int position = 0;
        while (position < marked.length()) {
            int start = marked.indexOf(MATCH_START, position);
            if (start < 0) {
                parts.add(new SnippetPart(marked.substring(position), false));
                break;
            }
            int end = marked.indexOf(MATCH_END, start);
            if (end < 0) {
                parts.add(new SnippetPart(strip(marked.substring(position)), false));
                break;
            }
            if (start > position) {
                parts.add(new SnippetPart(marked.substring(position, start), false));
            }
            parts.add(new SnippetPart(marked.substring(start + 1, end), true));
            position = end + 1;
        }
        return parts;
    }

    /** The first fragments joined, or the start of {@code text} when nothing was highlighted. */
    public static List<SnippetPart> snippet(List<String> fragments, String text, int fallbackLength) {
        if (!fragments.isEmpty()) {
            return parts(String.join(" … ", fragments));
        }
        String flat = text.replace('\n', ' ');
        return List.of(new SnippetPart(
                flat.length() <= fallbackLength ? flat : flat.substring(0, fallbackLength) + "…", false));
    }

    /** {@code text} without the markers, so that a query cannot forge a highlight. */
    public static String strip(@Nullable String text) {
        return text == null ? "" : text.replace(MATCH_START, "").replace(MATCH_END, "");
    }
}
