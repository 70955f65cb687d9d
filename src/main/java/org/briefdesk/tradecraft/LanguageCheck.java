package org.briefdesk.tradecraft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.briefdesk.citation.CitedText;
import org.briefdesk.citation.Finding;
import org.briefdesk.citation.Quotation;
import org.briefdesk.citation.QuotationChecker;
import org.briefdesk.citation.Severity;

/**
 * How the briefing's own words state likelihood and confidence (ICD 203 and PHIA both ask for it):
 * a sentence that states both a likelihood and a confidence (they belong in separate sentences), and
 * a briefing that mixes the words of the two yardsticks. Quotations and code are left out: they are
 * someone else's words. Every finding is a warning and selects the words concerned.
 */
public final class LanguageCheck {

    private static final Pattern CONFIDENCE = Pattern.compile(
            "\\b(?:high|moderate|medium|low)[- ]confidence\\b|\\bconfidence (?:is|was|remains|of) (?:high|moderate|low)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern LIKELIHOOD = words(Stream.of(Yardstick.values())
            .flatMap(yardstick -> yardstick.terms().stream())
            .flatMap(term -> Stream.of(term.words().split(" or ")))
            .distinct()
            .toList());

    /** Sentences end at a full stop, question or exclamation mark before white space, or at a blank line. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)|\\n\\s*\\n");

    private LanguageCheck() {}

    public static List<Finding> check(CitedText text) {
        List<Quotation> quotations = QuotationChecker.quotations(text);
        List<Finding> findings = new ArrayList<>();
        findings.addAll(likelihoodWithConfidence(text, quotations));
        findings.addAll(mixedYardsticks(text, quotations));
        findings.sort(Comparator.comparingInt(Finding::start));
        return findings;
    }

    private static List<Finding> likelihoodWithConfidence(CitedText text, List<Quotation> quotations) {
        String markdown = text.markdown();
        List<Finding> findings = new ArrayList<>();
        int start = 0;
        Matcher end = SENTENCE_END.matcher(markdown);
        while (start < markdown.length()) {
            int stop = end.find(start) ? end.end() : markdown.length();
            String likelihood = first(LIKELIHOOD, text, quotations, start, stop);
            String confidence = first(CONFIDENCE, text, quotations, start, stop);
            if (likelihood != null && confidence != null) {
                findings.add(new Finding(
                        Severity.WARNING,
                        "This sentence states a likelihood (“" + likelihood + "”) and a confidence (“" + confidence
                                + "”) together: say each in a sentence of its own.",
                        start + leadingSpace(markdown, start, stop),
                        stop,
                        null));
            }
            start = stop;
        }
        return findings;
    }

    private static List<Finding> mixedYardsticks(CitedText text, List<Quotation> quotations) {
        Finding icd = firstOwnWord(Yardstick.ICD_203, text, quotations);
        Finding phia = firstOwnWord(Yardstick.PHIA, text, quotations);
        if (icd == null || phia == null) {
            return List.of();
        }
        Finding later = icd.start() > phia.start() ? icd : phia;
        Finding earlier = later == icd ? phia : icd;
        return List.of(new Finding(
                Severity.WARNING,
                later.message() + " comes from the " + (later == icd ? Yardstick.ICD_203 : Yardstick.PHIA).label()
                        + ", but " + earlier.message() + " earlier comes from the "
                        + (earlier == icd ? Yardstick.ICD_203 : Yardstick.PHIA).label()
                        + ": keep to one yardstick in a briefing.",
                later.start(),
                later.end(),
                null));
    }

    /** The first of the yardstick's own words in the briefing's words, as a finding holding just the word. */
    private static Finding firstOwnWord(Yardstick yardstick, CitedText text, List<Quotation> quotations) {
        Matcher matcher = words(yardstick.ownWords()).matcher(text.markdown());
        while (matcher.find()) {
            if (own(text, quotations, matcher.start())) {
                return new Finding(Severity.WARNING, "“" + matcher.group() + "”", matcher.start(), matcher.end(), null);
            }
        }
        return null;
    }

    private static String first(Pattern pattern, CitedText text, List<Quotation> quotations, int from, int to) {
        Matcher matcher = pattern.matcher(text.markdown()).region(from, to);
        while (matcher.find()) {
            if (own(text, quotations, matcher.start())) {
                return matcher.group();
            }
        }
        return null;
    }

    /** Whether the words at {@code offset} are the briefing's own: not code, not a quotation. */
    private static boolean own(CitedText text, List<Quotation> quotations, int offset) {
        if (text.inCode(offset)) {
            return false;
        }
        for (Quotation quotation : quotations) {
            if (offset >= quotation.start() && offset < quotation.end()) {
                return false;
            }
        }
        return true;
    }

    private static int leadingSpace(String markdown, int from, int to) {
        int n = 0;
        while (from + n < to && Character.isWhitespace(markdown.charAt(from + n))) {
            n++;
        }
        return n;
    }

    /** The words as whole words, any case, the longest first (so "very likely" before "likely"). */
    private static Pattern words(List<String> words) {
        String alternatives = words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(word -> Pattern.quote(word.toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q"))
                .reduce((a, b) -> a + "|" + b)
                .orElseThrow();
        return Pattern.compile("\\b(?:" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE);
    }
}
