package org.briefdesk.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds quotations and checks them against the cited sources. Matching ignores white space, letter
 * case, typographic versus straight quotes and apostrophes, and dash styles; an ellipsis splits a
 * quotation into parts that must all occur, in order. Nothing fuzzy: one changed word fails.
 */
public final class QuotationChecker {

    /** Shorter quotations without a citation are taken for scare quotes and not reported. */
    static final int MIN_WORDS_FOR_MISSING_CITATION = 3;

    private static final Pattern ELLIPSIS = Pattern.compile("\\.\\.\\.|…|\\[…\\]|\\[\\.\\.\\.\\]");

    private static final Pattern QUOTED_LINE_BREAK = Pattern.compile("\\n\\s*>?\\s*");
    private static final Pattern OUTER_QUOTE_MARKS = Pattern.compile("^[\"“]|[\"”]$");

    private QuotationChecker() {}

    /** Where a quotation occurs in a source's text (offsets into that text). */
    public record Match(int start, int end) {}

    /** Quotations in document order. */
    public static List<Quotation> quotations(String markdown) {
        return quotations(CitedText.of(markdown));
    }

    /** The same for a text whose citations are already found. */
    public static List<Quotation> quotations(CitedText text) {
        return text.quotations();
    }

    static List<Quotation> findQuotations(String markdown, boolean[] code, List<CitationGroup> groups) {
        Map<Integer, CitationGroup> groupsByStart = new LinkedHashMap<>();
        groups.forEach(group -> groupsByStart.put(group.start(), group));
        List<Quotation> found = new ArrayList<>();
        findInline(markdown, code, groupsByStart, found);
        findBlockQuotes(markdown, code, groups, found);
        found.sort(Comparator.comparingInt(Quotation::start));
        return List.copyOf(found);
    }

    private static void findInline(
            String markdown, boolean[] code, Map<Integer, CitationGroup> groups, List<Quotation> found) {
        // Where a search from a typographic opening quote found no closing mark of either kind: a
        // later opening quote before that point (the paragraph's end) cannot find one either, so
        // long runs of unclosed quotes stay linear. (A failed search from a straight quote means
        // there is no straight quote left in the paragraph to start another.)
        int noCloseBefore = -1;
        int i = 0;
        while (i < markdown.length()) {
            char c = markdown.charAt(i);
            if (code[i] || (c != '"' && c != '“') || i < noCloseBefore) {
                i++;
                continue;
            }
            char closing = c == '“' ? '”' : '"';
            int close = -1;
            int j = i + 1;
            for (; j < markdown.length(); j++) {
                char d = markdown.charAt(j);
                if (d == closing || (closing == '”' && d == '"')) {
                    close = j;
                    break;
                }
                if (d == '\n' && j + 1 < markdown.length() && markdown.charAt(j + 1) == '\n') {
                    break; // quotations do not cross paragraphs
                }
            }
            if (close < 0 && c == '“') {
                noCloseBefore = j;
            }
            if (close < 0 || close == i + 1) {
                i++;
                continue;
            }
            String text = QUOTED_LINE_BREAK
                    .matcher(markdown.substring(i + 1, close))
                    .replaceAll(" ")
                    .strip();
            found.add(new Quotation(i, close + 1, text, groupRightAfter(markdown, close + 1, groups)));
            i = close + 1;
        }
    }

    private static void findBlockQuotes(
            String markdown, boolean[] code, List<CitationGroup> groups, List<Quotation> found) {
        int position = 0;
        while (position < markdown.length()) {
            int lineEnd = lineEnd(markdown, position);
            if (!code[position] && markdown.startsWith(">", position)) {
                int start = position;
                StringBuilder text = new StringBuilder();
                int end = lineEnd;
                while (position < markdown.length() && !code[position] && markdown.startsWith(">", position)) {
                    end = lineEnd(markdown, position);
                    text.append(markdown, position, end).append('\n');
                    position = end + 1;
                }
                String plain = withoutQuoteMarkers(text).strip();
                CitationGroup citation = null;
                int nextLineEnd = position < markdown.length() ? lineEnd(markdown, position) : position;
                for (int g = firstStartingAtOrAfter(groups, start);
                        g < groups.size() && groups.get(g).start() <= nextLineEnd;
                        g++) {
                    CitationGroup group = groups.get(g);
                    if (group.start() >= start && group.end() <= end && group.end() >= end - 2) {
                        citation = group; // on the quote's last line, at its end
                    } else if (citation == null
                            && group.start() >= position
                            && group.start() <= nextLineEnd
                            && markdown.substring(position, group.start()).isBlank()) {
                        citation = group; // on the line right after
                    }
                }
                if (citation != null && citation.start() < end) {
                    plain = plain.substring(0, Math.max(0, plain.lastIndexOf('[')))
                            .strip();
                }
                plain = OUTER_QUOTE_MARKS.matcher(plain).replaceAll("").strip();
                if (!plain.isEmpty()) {
                    found.add(new Quotation(start, end, plain, citation));
                }
                continue;
            }
            position = lineEnd + 1;
        }
    }

    /**
     * Block-quote lines without their markers: each line loses its leading run of {@code >} and
     * blanks, and one blank after it. A loop, not a regular expression, as a regular expression
     * with a repeated group recurses once per marker and overflows the stack on deep quotes.
     */
    private static String withoutQuoteMarkers(CharSequence lines) {
        StringBuilder out = new StringBuilder(lines.length());
        int i = 0;
        while (i < lines.length()) {
            int lineStart = i;
            int afterMarkers = -1;
            while (i < lines.length()
                    && lines.charAt(i) != '\n'
                    && (lines.charAt(i) == '>' || isBlank(lines.charAt(i)))) {
                if (lines.charAt(i) == '>') {
                    afterMarkers = i + 1;
                }
                i++;
            }
            i = afterMarkers < 0 ? lineStart : afterMarkers;
            if (afterMarkers >= 0 && i < lines.length() && isBlank(lines.charAt(i))) {
                i++;
            }
            while (i < lines.length() && lines.charAt(i) != '\n') {
                out.append(lines.charAt(i++));
            }
            if (i < lines.length()) {
                out.append('\n');
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** Groups are in document order; the index of the first that starts at or after the offset. */
    private static int firstStartingAtOrAfter(List<CitationGroup> groups, int offset) {
        int low = 0;
        int high = groups.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (groups.get(middle).start() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static CitationGroup groupRightAfter(String markdown, int from, Map<Integer, CitationGroup> groups) {
        int i = from;
        int skipped = 0;
        while (i < markdown.length() && skipped < 4) {
            char c = markdown.charAt(i);
            if (c == '[') {
                return groups.get(i);
            }
            if (!(c == ' ' || c == '.' || c == ',' || c == ';' || c == ':' || c == '\u00A0')) {
                return null;
            }
            i++;
            skipped++;
        }
        return null;
    }

    /** Where the quotation occurs in the source text, or empty. */
    public static Optional<Match> verify(String quotation, String sourceBody) {
        return verify(quotation, NormalizedText.of(sourceBody));
    }

    private static Optional<Match> verify(String quotation, NormalizedText body) {
        int from = 0;
        int start = -1;
        int end = -1;
        for (String part : ELLIPSIS.split(quotation)) {
            String needle = NormalizedText.of(part).text;
            if (needle.isEmpty()) {
                continue;
            }
            int at = body.text.indexOf(needle, from);
            if (at < 0) {
                return Optional.empty();
            }
            if (start < 0) {
                start = at;
            }
            end = at + needle.length();
            from = end;
        }
        if (start < 0) {
            return Optional.empty();
        }
        return Optional.of(new Match(body.origin[start], body.originEnd(end)));
    }

    /** The checks of PRODUCT section 3, in document order. */
    public static List<Finding> check(String markdown, SourceLookup sources, Map<String, Integer> pinnedVersions) {
        return check(CitedText.of(markdown), sources, pinnedVersions);
    }

    /** The same for a text whose citations are already found (its preview uses them too). */
    public static List<Finding> check(CitedText text, SourceLookup sources, Map<String, Integer> pinnedVersions) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Optional<SourceInfo>> known = new LinkedHashMap<>();
        Set<String> flaggedChanged = new HashSet<>();
        List<CitationGroup> groups = text.groups();
        // Each source text is normalised once per check, however often it is quoted.
        Map<SourceInfo, NormalizedText> normalized = new IdentityHashMap<>();
        Function<SourceInfo, NormalizedText> bodyOf =
                source -> normalized.computeIfAbsent(source, s -> NormalizedText.of(s.body()));
        for (CitationGroup group : groups) {
            for (CitationRef ref : group.refs()) {
                Optional<SourceInfo> source = known.computeIfAbsent(ref.key(), sources::find);
                if (source.isEmpty()) {
                    findings.add(new Finding(
                            Severity.ERROR,
                            "No source has the key @" + ref.key() + ".",
                            group.start(),
                            group.end(),
                            ref.key()));
                    continue;
                }
                if (source.get().textMissing()) {
                    findings.add(new Finding(
                            Severity.ERROR,
                            "@" + ref.key() + ": text missing. It cannot be quoted or published from until its"
                                    + " text is added to the source.",
                            group.start(),
                            group.end(),
                            ref.key()));
                    continue;
                }
                Integer pinned = pinnedVersions.get(ref.key());
                if (pinned != null && source.get().version() > pinned && flaggedChanged.add(ref.key())) {
                    findings.add(new Finding(
                            Severity.WARNING,
                            "@" + ref.key() + " has changed since it was cited" + " (version " + pinned + " → "
                                    + source.get().version() + ").",
                            group.start(),
                            group.end(),
                            ref.key()));
                }
            }
        }
        for (Quotation quotation : text.quotations()) {
            CitationGroup citation = quotation.citation();
            if (citation == null) {
                if (quotation.text().strip().split("\\s+").length >= MIN_WORDS_FOR_MISSING_CITATION) {
                    findings.add(new Finding(
                            Severity.WARNING,
                            "This quotation cites no source.",
                            quotation.start(),
                            quotation.end(),
                            null));
                }
                continue;
            }
            List<SourceInfo> cited = citation.refs().stream()
                    .map(ref -> known.computeIfAbsent(ref.key(), sources::find))
                    .flatMap(Optional::stream)
                    .filter(source -> !source.textMissing())
                    .toList();
            if (cited.isEmpty()) {
                continue; // an unknown key or a missing text is already an error
            }
            boolean verified = cited.stream()
                    .anyMatch(s -> verify(quotation.text(), bodyOf.apply(s)).isPresent());
            if (verified) {
                continue;
            }
            String keys =
                    String.join(", ", cited.stream().map(s -> "@" + s.key()).toList());
            findings.add(new Finding(
                    Severity.ERROR,
                    "Not found in " + keys + ": the quotation does not occur in" + " its text.",
                    quotation.start(),
                    quotation.end(),
                    cited.getFirst().key()));
            Set<String> citedKeys =
                    new HashSet<>(cited.stream().map(SourceInfo::key).toList());
            sources.candidatesContaining(quotation.text()).stream()
                    .filter(other -> !citedKeys.contains(other.key()))
                    .filter(other ->
                            verify(quotation.text(), bodyOf.apply(other)).isPresent())
                    .findFirst()
                    .ifPresent(other -> findings.add(new Finding(
                            Severity.WARNING,
                            "Found in @" + other.key() + " instead — did you mean [@" + other.key() + "]?",
                            quotation.start(),
                            quotation.end(),
                            other.key())));
        }
        findings.sort(Comparator.comparingInt(Finding::start));
        return findings;
    }
}
