package org.briefdesk.citation;

/** Marks which characters of Markdown are inside code spans, fenced or indented code blocks. */
final class CodeRegions {

    private CodeRegions() {}

    static boolean[] mask(String markdown) {
        boolean[] code = new boolean[markdown.length() + 1];
        int position = 0;
        boolean inFence = false;
        String fence = "";
        boolean previousBlank = true;
        while (position < markdown.length()) {
            int lineEnd = markdown.indexOf('\n', position);
            if (lineEnd < 0) {
                lineEnd = markdown.length();
            }
            String line = markdown.substring(position, lineEnd);
            String stripped = line.stripLeading();
            boolean fenceLine = stripped.startsWith("```") || stripped.startsWith("~~~");
            if (inFence) {
                mark(code, position, lineEnd);
                if (fenceLine && stripped.startsWith(fence)) {
                    inFence = false;
                }
            } else if (fenceLine && line.length() - stripped.length() < 4) {
                inFence = true;
                fence = stripped.substring(0, 3);
                mark(code, position, lineEnd);
            } else if (previousBlank && line.startsWith("    ") && !line.isBlank()) {
                mark(code, position, lineEnd);
            } else {
                markSpans(markdown, code, position, lineEnd);
            }
            previousBlank = line.isBlank() || (code[position] && !inFence && line.startsWith("    "));
            position = lineEnd + 1;
        }
        return code;
    }

    /** Backtick code spans within one line: a run of n backticks closed by a run of exactly n. */
    private static void markSpans(String text, boolean[] code, int from, int to) {
        int i = from;
        while (i < to) {
            if (text.charAt(i) != '`') {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < to && text.charAt(runEnd) == '`') {
                runEnd++;
            }
            int length = runEnd - i;
            int search = runEnd;
            int close = -1;
            while (search < to) {
                int next = text.indexOf('`', search);
                if (next < 0 || next >= to) {
                    break;
                }
                int nextEnd = next;
                while (nextEnd < to && text.charAt(nextEnd) == '`') {
                    nextEnd++;
                }
                if (nextEnd - next == length) {
                    close = nextEnd;
                    break;
                }
                search = nextEnd;
            }
            if (close < 0) {
                i = runEnd;
                continue;
            }
            mark(code, i, close);
            i = close;
        }
    }

    private static void mark(boolean[] code, int from, int to) {
        for (int i = from; i < to; i++) {
            code[i] = true;
        }
    }
}
