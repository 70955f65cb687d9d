package org.briefdesk.tradecraft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.briefdesk.citation.CitedText;
import org.briefdesk.citation.Finding;
import org.briefdesk.citation.Quotation;
import org.briefdesk.citation.QuotationChecker;
import org.briefdesk.citation.Severity;
import org.jspecify.annotations.Nullable;

/**
 * How the briefing's own words state likelihood and confidence (ICD 203 and PHIA both ask for it):
 * a sentence that states both a likelihood and a confidence (they belong in separate sentences), and
 * a briefing that mixes the words of the two yardsticks. Quotations and code are left out: they are
 * someone else's words. Every finding is a warning and selects the words concerned. The words are
 * found with plain searches in a lower-cased copy of the text, whatever its line breaks.
 */
public final class LanguageCheck {

    /** Every likelihood word of either yardstick ("likely or probable" is written either way). */
    private static final List<String> LIKELIHOOD = Stream.of(Yardstick.values())
            .flatMap(yardstick -> yardstick.terms().stream())
            .flatMap(term -> Stream.of(term.words().split(" or ")))
            .distinct()
            .toList();

    private static final List<String> LEVELS = List.of("high", "moderate", "medium", "low");

    /** Sentences end at a full stop, question or exclamation mark before white space, or at a blank line. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)|\\n\\s*\\n");

    /** Words found in the text: where, and as written there. */
    private record Found(int start, int end, String written) {}

    private LanguageCheck() {}

    public static List<Finding> check(CitedText text) {
        return check(text, null);
    }

    /**
     * With the briefing's {@code yardstick}, every word of the other one is flagged; without one, the
     * first word of whichever yardstick the text turns to second.
     */
    public static List<Finding> check(CitedText text, @Nullable Yardstick yardstick) {
        Text words = new Text(text, QuotationChecker.quotations(text));
        List<Finding> findings = new ArrayList<>();
        findings.addAll(likelihoodWithConfidence(words));
        findings.addAll(yardstick == null ? mixedYardsticks(words) : otherYardstick(words, yardstick));
        findings.sort(Comparator.comparingInt(Finding::start));
        return findings;
    }

    private static List<Finding> likelihoodWithConfidence(Text words) {
        List<Found> likelihoods = words.find(LIKELIHOOD);
        List<Found> confidences = words.confidences();
        if (likelihoods.isEmpty() || confidences.isEmpty()) {
            return List.of();
        }
        String markdown = words.markdown;
        List<Finding> findings = new ArrayList<>();
        int start = 0;
        Matcher end = SENTENCE_END.matcher(markdown);
        while (start < markdown.length()) {
            int stop = end.find(start) ? end.end() : markdown.length();
            Found likelihood = firstWithin(likelihoods, start, stop);
            Found confidence = firstWithin(confidences, start, stop);
            if (likelihood != null && confidence != null) {
                int from = start;
                while (from < stop && Character.isWhitespace(markdown.charAt(from))) {
                    from++;
                }
                findings.add(new Finding(
                        Severity.WARNING,
                        "This sentence states a likelihood (“" + likelihood.written() + "”) and a confidence (“"
                                + confidence.written() + "”) together: say each in a sentence of its own.",
                        from,
                        stop,
                        null));
            }
            start = stop;
        }
        return findings;
    }

    private static List<Finding> mixedYardsticks(Text words) {
        List<Found> icd = words.find(Yardstick.ICD_203.ownWords());
        List<Found> phia = words.find(Yardstick.PHIA.ownWords());
        if (icd.isEmpty() || phia.isEmpty()) {
            return List.of();
        }
        boolean icdLater = icd.getFirst().start() > phia.getFirst().start();
        Found later = icdLater ? icd.getFirst() : phia.getFirst();
        Found earlier = icdLater ? phia.getFirst() : icd.getFirst();
        Yardstick laterYardstick = icdLater ? Yardstick.ICD_203 : Yardstick.PHIA;
        Yardstick earlierYardstick = icdLater ? Yardstick.PHIA : Yardstick.ICD_203;
        return List.of(new Finding(
                Severity.WARNING,
                "“" + later.written() + "” comes from the " + laterYardstick.label() + ", but “" + earlier.written()
                        + "” earlier comes from the " + earlierYardstick.label()
                        + ": keep to one yardstick in a briefing.",
                later.start(),
                later.end(),
                null));
    }

    private static List<Finding> otherYardstick(Text words, Yardstick yardstick) {
        Yardstick other = yardstick.other();
        return words.find(other.ownWords()).stream()
                .map(word -> new Finding(
                        Severity.WARNING,
                        "“" + word.written() + "” comes from the " + other.label() + ", but this briefing uses the "
                                + yardstick.label() + ": keep to one yardstick in a briefing.",
                        word.start(),
                        word.end(),
                        null))
                .toList();
    }

    private static @Nullable Found firstWithin(List<Found> found, int from, int to) {
        for (Found word : found) {
            if (word.start() >= from && word.start() < to) {
                return word;
            }
        }
        return null;
    }

    /** The text lower-cased, white space as single-width spaces, and what in it is the briefing's own. */
    private static final class Text {

        private final String markdown;
        private final String lower;
        private final CitedText cited;
        private final List<Quotation> quotations;

        Text(CitedText cited, List<Quotation> quotations) {
            this.cited = cited;
            this.quotations = quotations;
            this.markdown = cited.markdown();
            char[] chars = markdown.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                char c = chars[i];
                chars[i] = Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c);
            }
            this.lower = new String(chars);
        }

        /**
         * Where the words (lower case, single spaces) stand as whole words in the briefing's own
         * words, in text order; a word inside a longer one found ("likely" in "very likely") is not
         * found again.
         */
        List<Found> find(List<String> words) {
            List<Found> found = new ArrayList<>();
            List<String> longestFirst = words.stream()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .toList();
            for (String word : longestFirst) {
                for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                    int end = at + word.length();
                    if (wholeWord(at, end) && own(at) && !overlaps(found, at, end)) {
                        found.add(new Found(at, end, markdown.substring(at, end)));
                    }
                }
            }
            found.sort(Comparator.comparingInt(Found::start));
            return found;
        }

        /** "high confidence", "low-confidence", "confidence is high", "confidence of moderate"… */
        List<Found> confidences() {
            List<Found> found = new ArrayList<>();
            for (int at = lower.indexOf("confidence"); at >= 0; at = lower.indexOf("confidence", at + 1)) {
                int end = at + "confidence".length();
                if (!wholeWord(at, end) || !own(at)) {
                    continue;
                }
                for (String level : LEVELS) {
                    int before = at - level.length() - 1;
                    if (before >= 0
                            && lower.startsWith(level, before)
                            && (lower.charAt(at - 1) == ' ' || lower.charAt(at - 1) == '-')
                            && wholeWord(before, at - 1)) {
                        found.add(new Found(before, end, markdown.substring(before, end)));
                        break;
                    }
                    for (String verb : List.of(" is ", " was ", " remains ", " of ")) {
                        String after = verb + level;
                        if (lower.startsWith(after, end) && wholeWord(end + verb.length(), end + after.length())) {
                            found.add(
                                    new Found(at, end + after.length(), markdown.substring(at, end + after.length())));
                        }
                    }
                }
            }
            found.sort(Comparator.comparingInt(Found::start));
            return found;
        }

        private static boolean overlaps(List<Found> found, int start, int end) {
            for (Found word : found) {
                if (start < word.end() && end > word.start()) {
                    return true;
                }
            }
            return false;
        }

        private boolean wholeWord(int start, int end) {
            return (start == 0 || !Character.isLetterOrDigit(lower.charAt(start - 1)))
                    && (end >= lower.length() || !Character.isLetterOrDigit(lower.charAt(end)));
        }

        /** Whether the words at {@code offset} are the briefing's own: not code, not a quotation. */
        private boolean own(int offset) {
            if (cited.inCode(offset)) {
                return false;
            }
            for (Quotation quotation : quotations) {
                if (offset >= quotation.start() && offset < quotation.end()) {
                    return false;
                }
            }
            return true;
        }
    }
}
