package org.briefdesk.tradecraft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefdesk.citation.CitationGroup;
import org.briefdesk.citation.CitationRef;
import org.briefdesk.citation.CitedText;
import org.briefdesk.citation.HtmlSanitizer;
import org.jspecify.annotations.Nullable;

/**
 * A briefing's key judgments as text: stored one per line, written as the Markdown section that
 * leads the preview, the reading page and both exports, and compared between editions.
 */
public final class KeyJudgments {

    public static final String HEADING = "Key judgments";

    private KeyJudgments() {}

    /** One judgment per line: id, likelihood, confidence and sentence, separated by tabs. */
    public static String encode(List<KeyJudgment> judgments) {
        StringBuilder out = new StringBuilder();
        for (KeyJudgment judgment : judgments) {
            out.append(judgment.id())
                    .append('\t')
                    .append(judgment.likelihood() == null ? "" : judgment.likelihood())
                    .append('\t')
                    .append(
                            judgment.confidence() == null
                                    ? ""
                                    : judgment.confidence().name())
                    .append('\t')
                    .append(judgment.text())
                    .append('\n');
        }
        return out.toString();
    }

    public static List<KeyJudgment> decode(@Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        List<KeyJudgment> judgments = new ArrayList<>();
        for (String line : stored.split("\n")) {
            String[] fields = line.split("\t", 4);
            if (fields.length == 4) {
                judgments.add(new KeyJudgment(
                        fields[0],
                        fields[3],
                        fields[1],
                        Confidence.parse(fields[2]).orElse(null)));
            }
        }
        return List.copyOf(judgments);
    }

    /**
     * The section that leads the text: a heading, the yardstick, and each judgment with its
     * likelihood and confidence, its citations as written. Empty when there are none.
     */
    public static String markdown(Yardstick yardstick, List<KeyJudgment> judgments) {
        if (judgments.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("## ").append(HEADING).append("\n\n");
        int number = 1;
        for (KeyJudgment judgment : judgments) {
            out.append(number++).append(". ");
            if (judgment.likelihood() != null) {
                out.append("**")
                        .append(capitalised(judgment.likelihood().replace("*", "")))
                        .append("**");
            }
            if (judgment.confidence() != null) {
                out.append(judgment.likelihood() == null ? "" : ", ")
                        .append(judgment.confidence().label())
                        .append(" confidence");
            }
            if (judgment.likelihood() != null || judgment.confidence() != null) {
                out.append(": ");
            }
            out.append(judgment.text()).append('\n');
        }
        out.append("\n*Likelihood on the ").append(yardstick.label()).append(".*\n\n");
        return out.toString();
    }

    /** The text as published: the key judgments' section, then the body. */
    public static String withBody(Yardstick yardstick, List<KeyJudgment> judgments, String body) {
        return markdown(yardstick, judgments) + body;
    }

    /** A judgment's sentence without its citations, for a line that lists it. */
    public static String plain(String text) {
        StringBuilder out = new StringBuilder(text);
        List<CitationGroup> groups = CitedText.of(text).groups();
        for (int i = groups.size() - 1; i >= 0; i--) {
            CitationGroup group = groups.get(i);
            int start = group.start();
            while (start > 0 && out.charAt(start - 1) == ' ') {
                start--;
            }
            out.delete(start, group.end());
        }
        return out.toString().strip();
    }

    /** The distinct sources a judgment cites, in the order it cites them. */
    public static Set<String> sources(KeyJudgment judgment) {
        Set<String> keys = new LinkedHashSet<>();
        for (CitationGroup group : CitedText.of(judgment.text()).groups()) {
            group.refs().stream().map(CitationRef::key).forEach(keys::add);
        }
        return keys;
    }

    /** The numbers (from 1) of the judgments that rest on exactly one source. */
    public static List<Integer> restingOnOneSource(List<KeyJudgment> judgments) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < judgments.size(); i++) {
            if (sources(judgments.get(i)).size() == 1) {
                numbers.add(i + 1);
            }
        }
        return numbers;
    }

    /** "Resting on a single source: key judgments 1 and 3." as a paragraph, or nothing. */
    public static String singleSourceNote(List<KeyJudgment> judgments) {
        List<Integer> single = KeyJudgments.restingOnOneSource(judgments);
        if (single.isEmpty()) {
            return "";
        }
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < single.size(); i++) {
            numbers.append(i == 0 ? "" : i == single.size() - 1 ? " and " : ", ")
                    .append(single.get(i));
        }
        return "\n<p class=\"sources-by-grade sources-single\">Resting on a single source: key judgment"
                + (single.size() == 1 ? " " : "s ") + HtmlSanitizer.escapeText(numbers.toString()) + ".</p>";
    }

    /** What changed between two editions' judgments, in the order of the newer, dropped ones last. */
    public static List<JudgmentChange> changes(List<KeyJudgment> before, List<KeyJudgment> after) {
        Map<String, KeyJudgment> earlier = new LinkedHashMap<>();
        before.forEach(judgment -> earlier.put(judgment.id(), judgment));
        List<JudgmentChange> changes = new ArrayList<>();
        for (KeyJudgment judgment : after) {
            KeyJudgment was = earlier.remove(judgment.id());
            if (was == null) {
                changes.add(new JudgmentChange(JudgmentChange.Kind.ADDED, null, judgment));
            } else if (!same(was.likelihood(), judgment.likelihood()) || was.confidence() != judgment.confidence()) {
                changes.add(new JudgmentChange(JudgmentChange.Kind.CHANGED, was, judgment));
            }
        }
        earlier.values().forEach(was -> changes.add(new JudgmentChange(JudgmentChange.Kind.DROPPED, was, null)));
        return changes;
    }

    private static boolean same(@Nullable String a, @Nullable String b) {
        return a == null ? b == null : b != null && a.equalsIgnoreCase(b);
    }

    static String capitalised(String words) {
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
