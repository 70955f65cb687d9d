package org.briefdesk.source.importer;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.jbibtex.LaTeXCommand;
import org.jbibtex.LaTeXGroup;
import org.jbibtex.LaTeXObject;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.LaTeXString;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;

/**
 * The text a BibTeX field stands for: {@code {\"u}ber} is "über", {@code {\c c}} is "ç", {@code --}
 * is "–", braces go. jbibtex's {@link LaTeXParser} reads the field; the printing is done here because
 * {@link LaTeXPrinter} knows accents only on the letters of Western European languages (it prints
 * {@code \c c} as "c" and {@code \l} as nothing): each accent becomes its Unicode combining mark,
 * composed at the end. Symbols come from jbibtex's table, with a few letters it lacks.
 */
final class LaTeXText {

    /** Accent commands and the combining marks they put on the next letter. */
    private static final Map<String, Character> ACCENTS = Map.ofEntries(
            Map.entry("`", '\u0300'),
            Map.entry("'", '\u0301'),
            Map.entry("^", '\u0302'),
            Map.entry("~", '\u0303'),
            Map.entry("=", '\u0304'),
            Map.entry("u", '\u0306'),
            Map.entry(".", '\u0307'),
            Map.entry("\"", '\u0308'),
            Map.entry("r", '\u030A'),
            Map.entry("H", '\u030B'),
            Map.entry("v", '\u030C'),
            Map.entry("d", '\u0323'),
            Map.entry("c", '\u0327'),
            Map.entry("k", '\u0328'),
            Map.entry("b", '\u0331'),
            Map.entry("t", '\u0361'));

    private static final Map<String, String> MORE_SYMBOLS = Map.ofEntries(
            Map.entry("l", "ł"),
            Map.entry("L", "Ł"),
            Map.entry("i", "ı"),
            Map.entry("j", "ȷ"),
            Map.entry("oe", "œ"),
            Map.entry("OE", "Œ"),
            Map.entry("dh", "ð"),
            Map.entry("DH", "Ð"),
            Map.entry("th", "þ"),
            Map.entry("TH", "Þ"),
            Map.entry("ng", "ŋ"),
            Map.entry("NG", "Ŋ"),
            Map.entry("textsection", "§"),
            Map.entry("S", "§"),
            Map.entry("euro", "€"),
            Map.entry("textcopyright", "©"),
            // A forced line break, and a paragraph.
            Map.entry("\\", "\n"),
            Map.entry("par", "\n\n"));

    private LaTeXText() {}

    /**
     * The field as text. A field the LaTeX reader cannot follow is returned with its braces
     * removed rather than refused: the BibTeX parser has already found the file well formed.
     */
    static String toUnicode(String latex) {
        try {
            List<LaTeXObject> objects = new LaTeXParser().parse(escapeSpecials(latex));
            return Normalizer.normalize(new Printer().print(objects), Normalizer.Form.NFC);
        } catch (ParseException | TokenMgrException | StackOverflowError unreadable) {
            return latex.replaceAll("[{}]", "");
        }
    }

    /**
     * Characters jbibtex's LaTeX grammar refuses, written as text has them: math shifts dropped, a
     * tie or control space as a space, {@code % & # _ ^} as themselves.
     */
    private static String escapeSpecials(String latex) {
        StringBuilder out = new StringBuilder(latex.length() + 8);
        for (int i = 0; i < latex.length(); i++) {
            char c = latex.charAt(i);
            if (c == '\\' && i + 1 < latex.length()) {
                char next = latex.charAt(i + 1);
                if (Character.isWhitespace(next)) {
                    out.append(' ');
                } else {
                    out.append(c).append(next);
                }
                i++;
            } else if (c == '$') {
                continue;
            } else if (c == '~') {
                out.append(' ');
            } else if (c == '^') {
                // Escaped, ^ would be the circumflex accent.
                out.append("\\textasciicircum{}");
            } else if ("%&#_".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Walks jbibtex's objects; an accent waits for the next letter, in a group or not. */
    private static final class Printer {

        private char pendingAccent;

        String print(List<LaTeXObject> objects) {
            StringBuilder out = new StringBuilder();
            for (LaTeXObject object : objects) {
                if (object instanceof LaTeXCommand command) {
                    Character accent = ACCENTS.get(command.getName());
                    if (accent != null) {
                        pendingAccent = accent;
                    } else {
                        append(out, symbol(command.getName()));
                    }
                } else if (object instanceof LaTeXGroup group) {
                    append(out, print(group.getObjects()));
                } else if (object instanceof LaTeXString string) {
                    append(out, dashesAndQuotes(string.getValue()));
                }
            }
            return out.toString();
        }

        private void append(StringBuilder out, String text) {
            if (pendingAccent != 0 && !text.isEmpty()) {
                int first = text.offsetByCodePoints(0, 1);
                // A dotless i under an accent is the accented i that Unicode composes.
                String base = text.substring(0, first).replace('ı', 'i').replace('ȷ', 'j');
                out.append(base).append(pendingAccent).append(text, first, text.length());
                pendingAccent = 0;
            } else {
                out.append(text);
            }
        }

        private static String symbol(String name) {
            String symbol = MORE_SYMBOLS.get(name);
            if (symbol == null) {
                symbol = LaTeXPrinter.getSymbol(name);
            }
            // Formatting commands (emph, textit, url) print only their argument, which follows.
            return symbol == null ? "" : symbol;
        }

        /**
         * LaTeX's ligatures for dashes and double quotes. A single quote stays as typed: in a
         * BibTeX field it is an apostrophe far more often than a closing quote (O'Brien).
         */
        private static String dashesAndQuotes(String text) {
            return text.replace("---", "\u2014")
                    .replace("--", "\u2013")
                    .replace("``", "\u201C")
                    .replace("''", "\u201D");
        }
    }
}
