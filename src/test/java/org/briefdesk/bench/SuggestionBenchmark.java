package org.briefdesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefdesk.citation.CitedText;
import org.briefdesk.citation.MarkdownPipeline;
import org.briefdesk.citation.QuotationChecker;
import org.briefdesk.citation.RenderLimits;
import org.briefdesk.citation.SourceLookup;
import org.briefdesk.suggestion.SuggestionAnchor;
import org.briefdesk.suggestion.WordChanges;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What saving suggestions and showing them cost beyond the pipeline: {@link WordChanges#between}
 * turning an edit of a generated briefing (20 KB and 200 KB, {@link BriefingCorpus}) into word-level
 * changes, with 5 or 50 words changed at random places; and {@link SuggestionAnchor#locate} finding
 * all of them again in the text (what the Suggestions panel and the preview's marks do at each
 * update); and the Checks panel's check of one pending suggestion (its paragraph, without and with
 * it). No database. Run it with {@code scripts/bench-suggestions.sh}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@State(Scope.Benchmark)
public class SuggestionBenchmark {

    private static final Pattern WORD = Pattern.compile("\\b[a-z]{5,}\\b");

    /** Characters of Markdown. */
    @Param({"20000", "200000"})
    public int size;

    /** Words changed by the edit. */
    @Param({"5", "50"})
    public int edits;

    private String before;
    private String after;
    private List<SuggestionAnchor> anchors;
    private SourceLookup sources;
    private MarkdownPipeline pipeline;
    private String paragraph;
    private String paragraphAfter;

    @Setup(Level.Trial)
    public void setUp() {
        BriefingCorpus corpus = new BriefingCorpus();
        before = corpus.briefing(size, 50, 20261204L + size).markdown();
        sources = corpus.lookup();
        pipeline = new MarkdownPipeline(RenderLimits.defaults());
        List<int[]> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(before);
        while (matcher.find()) {
            words.add(new int[] {matcher.start(), matcher.end()});
        }
        Random random = new Random(size + edits);
        List<int[]> chosen = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            chosen.add(words.get(random.nextInt(words.size())));
        }
        chosen.sort((a, b) -> Integer.compare(b[0], a[0]));
        StringBuilder edited = new StringBuilder(before);
        int last = Integer.MAX_VALUE;
        for (int[] word : chosen) {
            if (word[1] < last) {
                edited.replace(word[0], word[1], "changed");
                last = word[0];
            }
        }
        after = edited.toString();
        anchors = WordChanges.between(before, after).stream()
                .map(change -> SuggestionAnchor.capture(before, change.start(), change.end()))
                .toList();
        // The paragraph of the first change, without and with it: what the Checks panel checks per suggestion.
        WordChanges.Change first = WordChanges.between(before, after).getFirst();
        int from = Math.max(0, before.lastIndexOf("\n\n", Math.max(0, first.start() - 1)) + 2);
        int to = before.indexOf("\n\n", first.end()) < 0 ? before.length() : before.indexOf("\n\n", first.end());
        paragraph = before.substring(from, to);
        paragraphAfter =
                before.substring(from, first.start()) + first.replacement() + before.substring(first.end(), to);
        // Each changed word is its own suggestion (neighbours may join): not one change for everything.
        if (anchors.size() < edits / 2) {
            throw new IllegalStateException(edits + " words changed gave " + anchors.size() + " suggestions");
        }
    }

    @Benchmark
    public List<WordChanges.Change> changes() {
        return WordChanges.between(before, after);
    }

    /**
     * The checks of one pending suggestion: its paragraph rendered and checked without and with it,
     * as {@code SuggestionService.checks} does.
     */
    @Benchmark
    public void checksOfOneSuggestion(Blackhole blackhole) {
        for (String text : List.of(paragraph, paragraphAfter)) {
            CitedText cited = CitedText.of(text);
            blackhole.consume(pipeline.render(cited, sources));
            blackhole.consume(QuotationChecker.check(cited, sources, Map.of()));
        }
    }

    @Benchmark
    public void locateAll(Blackhole blackhole) {
        for (SuggestionAnchor anchor : anchors) {
            blackhole.consume(anchor.locate(before));
        }
    }
}
