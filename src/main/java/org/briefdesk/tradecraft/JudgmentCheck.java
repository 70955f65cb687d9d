package org.briefdesk.tradecraft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.briefdesk.citation.CitedText;
import org.briefdesk.citation.Finding;
import org.briefdesk.citation.Quotation;
import org.briefdesk.citation.QuotationChecker;
import org.briefdesk.citation.Severity;
import org.briefdesk.citation.SourceInfo;
import org.briefdesk.citation.SourceLookup;

/**
 * The checks of a briefing's key judgments: each states a likelihood from the briefing's yardstick
 * and a confidence, rests on more than one source and not only on poorly graded ones, and leaves
 * the hedging to the yardstick ("may", "might", "could", "possibly", "probably"). Every finding is
 * a warning about one judgment and selects the words concerned in its sentence.
 */
public final class JudgmentCheck {

    /** In lower case; at the start of the sentence also capitalised ("May" elsewhere is the month). */
    private static final Pattern HEDGE =
            Pattern.compile("\\b(may|might|could|possibly|probably)\\b|^(May|Might|Could|Possibly|Probably)\\b");

    private JudgmentCheck() {}

    public static List<Finding> check(Yardstick yardstick, List<KeyJudgment> judgments, SourceLookup sources) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < judgments.size(); i++) {
            findings.addAll(check(yardstick, i + 1, judgments.get(i), sources));
        }
        return findings;
    }

    private static List<Finding> check(Yardstick yardstick, int number, KeyJudgment judgment, SourceLookup sources) {
        String name = "Key judgment " + number;
        List<Finding> findings = new ArrayList<>();
        Whole whole = new Whole(judgment);
        if (judgment.text().isBlank()) {
            findings.add(whole.warning(name + " has no sentence yet."));
            return findings;
        }
        if (judgment.likelihood() == null) {
            findings.add(whole.warning(name + " has no likelihood: choose a term of the " + yardstick.label() + "."));
        } else if (yardstick.term(judgment.likelihood()).isEmpty()) {
            findings.add(whole.warning("“" + judgment.likelihood() + "” (" + name.toLowerCase(Locale.ROOT)
                    + ") is not a term of the " + yardstick.label() + ": choose one of its terms."));
        }
        if (judgment.confidence() == null) {
            findings.add(whole.warning(name + " has no confidence level: say whether it is high, moderate or low."));
        }
        Set<String> keys = KeyJudgments.sources(judgment);
        if (keys.isEmpty()) {
            findings.add(whole.warning(name + " cites no source: cite what it rests on."));
        } else if (keys.size() == 1) {
            findings.add(whole.warning(name + " rests on a single source (@"
                    + keys.iterator().next() + "): say so, or cite what corroborates it."));
        }
        List<SourceInfo> cited =
                keys.stream().map(sources::find).flatMap(Optional::stream).toList();
        if (!cited.isEmpty() && cited.size() == keys.size() && cited.stream().allMatch(JudgmentCheck::poorlyGraded)) {
            findings.add(whole.warning(name + " rests only on sources graded E or F for reliability or 5 or 6 for"
                    + " credibility ("
                    + cited.stream()
                            .map(source -> "@" + source.key() + " " + source.grade())
                            .collect(Collectors.joining(", "))
                    + ")."));
        }
        findings.addAll(hedges(yardstick, name, judgment));
        return findings;
    }

    /** A source whose reliability is E or F, or whose information's credibility is 5 or 6. */
    static boolean poorlyGraded(SourceInfo source) {
        String grade = source.grade();
        return grade.chars().anyMatch(c -> c == 'E' || c == 'F' || c == '5' || c == '6');
    }

    private static List<Finding> hedges(Yardstick yardstick, String name, KeyJudgment judgment) {
        CitedText text = CitedText.of(judgment.text());
        List<Quotation> quotations = QuotationChecker.quotations(text);
        List<Finding> findings = new ArrayList<>();
        Matcher hedge = HEDGE.matcher(judgment.text());
        while (hedge.find()) {
            String written = hedge.group(1) != null ? hedge.group(1) : hedge.group(2);
            String word = written.toLowerCase(Locale.ROOT);
            // PHIA's "likely or probable" has the word; ICD 203 says "likely".
            if ((word.equals("probably") && yardstick == Yardstick.PHIA)
                    || text.inCode(hedge.start())
                    || quoted(quotations, hedge.start())) {
                continue;
            }
            findings.add(new Finding(
                    Severity.WARNING,
                    "“" + written + "” in " + name.toLowerCase(Locale.ROOT) + " hedges outside the "
                            + yardstick.label() + ": let its likelihood say how likely (for example “likely”)"
                            + " and drop the hedge.",
                    hedge.start(),
                    hedge.end(),
                    null,
                    judgment.id()));
        }
        return findings;
    }

    private static boolean quoted(List<Quotation> quotations, int offset) {
        return quotations.stream().anyMatch(quotation -> offset >= quotation.start() && offset < quotation.end());
    }

    /** Findings that select the judgment's whole sentence. */
    private record Whole(KeyJudgment judgment) {
        Finding warning(String message) {
            return new Finding(Severity.WARNING, message, 0, judgment.text().length(), null, judgment.id());
        }
    }
}
