package org.briefdesk.merge;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of merging a text: the document as a list of chunks, each either agreed (both sides'
 * changes applied) or a conflict (both sides changed the same lines differently). The merged text
 * is only defined once every conflict has been given a resolution.
 *
 * @param chunks the document in order
 * @param trailingNewline whether the merged text ends with a line break
 */
public record TextMerge(List<Chunk> chunks, boolean trailingNewline) {

    /** A piece of the merged document. */
    public sealed interface Chunk permits Agreed, Conflict {}

    /** Lines both sides agree on (unchanged, changed by one side only, or changed identically). */
    public record Agreed(List<String> lines) implements Chunk {
        public Agreed {
            lines = List.copyOf(lines);
        }
    }

    /**
     * Lines both sides changed differently, with what the base had there. Never resolved
     * automatically.
     */
    public record Conflict(List<String> base, List<String> theirs, List<String> mine) implements Chunk {
        public Conflict {
            base = List.copyOf(base);
            theirs = List.copyOf(theirs);
            mine = List.copyOf(mine);
        }

        public String baseText() {
            return String.join("\n", base);
        }

        public String theirsText() {
            return String.join("\n", theirs);
        }

        public String mineText() {
            return String.join("\n", mine);
        }
    }

    public TextMerge {
        chunks = List.copyOf(chunks);
    }

    /** Whether nothing conflicts, so that {@link #text()} is defined. */
    public boolean clean() {
        return chunks.stream().noneMatch(Conflict.class::isInstance);
    }

    /** The conflicts, in document order. */
    public List<Conflict> conflicts() {
        return chunks.stream()
                .filter(Conflict.class::isInstance)
                .map(Conflict.class::cast)
                .toList();
    }

    /**
     * The merged text.
     *
     * @throws IllegalStateException when there are conflicts
     */
    public String text() {
        if (!clean()) {
            throw new IllegalStateException("The merge has conflicts; resolve them first");
        }
        return resolve(List.of());
    }

    /** The text with every conflict resolved in favour of the other side's text. */
    public String keepingTheirs() {
        return resolve(conflicts().stream().map(Conflict::theirs).toList());
    }

    /** The text with every conflict resolved in favour of the saver's text. */
    public String keepingMine() {
        return resolve(conflicts().stream().map(Conflict::mine).toList());
    }

    /**
     * The text with the conflicts replaced, in order, by the given lines (see {@link #lines(String)}
     * to turn an edited text into lines).
     *
     * @throws IllegalArgumentException when the number of resolutions is not the number of conflicts
     */
    public String resolve(List<List<String>> resolutions) {
        long conflicts = chunks.stream().filter(Conflict.class::isInstance).count();
        if (resolutions.size() != conflicts) {
            throw new IllegalArgumentException("Expected " + conflicts + " resolutions, got " + resolutions.size());
        }
        List<String> lines = new ArrayList<>();
        int next = 0;
        for (Chunk chunk : chunks) {
            switch (chunk) {
                case Agreed agreed -> lines.addAll(agreed.lines());
                case Conflict ignored -> lines.addAll(resolutions.get(next++));
            }
        }
        return join(lines, trailingNewline);
    }

    /**
     * The lines of a text as the merge sees them: line breaks of any platform, no line for an
     * empty text, and a final line break does not start another line.
     */
    public static List<String> lines(String text) {
        return Text.of(text).lines();
    }

    static String join(List<String> lines, boolean trailingNewline) {
        if (lines.isEmpty()) {
            return "";
        }
        return String.join("\n", lines) + (trailingNewline ? "\n" : "");
    }

    /** A text split into lines, with whether it ended with a line break. */
    record Text(List<String> lines, boolean trailingNewline) {

        static Text of(String text) {
            String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
            if (normalized.isEmpty()) {
                return new Text(List.of(), false);
            }
            boolean trailing = normalized.endsWith("\n");
            String body = trailing ? normalized.substring(0, normalized.length() - 1) : normalized;
            return new Text(List.of(body.split("\n", -1)), trailing);
        }
    }
}
