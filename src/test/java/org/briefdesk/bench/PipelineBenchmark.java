package org.briefdesk.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.briefdesk.citation.CitedText;
import org.briefdesk.citation.Finding;
import org.briefdesk.citation.MarkdownPipeline;
import org.briefdesk.citation.QuotationChecker;
import org.briefdesk.citation.RenderLimits;
import org.briefdesk.citation.RenderResult;
import org.briefdesk.citation.SourceLookup;
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
 * The whole Markdown pipeline as the editor's preview and checks run it ({@code BriefingChecks.check}:
 * {@link CitedText#of}, which finds the citations, {@link MarkdownPipeline#render}, which numbers
 * them, renders with flexmark and sanitizes, then {@link QuotationChecker#check}) against a plain flexmark render of the same
 * text with the same extensions ({@link MarkdownPipeline#renderPlain}). Generated briefings of 20 KB
 * and 200 KB with 50 and 1,000 citations ({@link BriefingCorpus}), citing 60 generated sources held
 * in memory, so no database is involved. Run it with {@code scripts/bench-pipeline.sh}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@State(Scope.Benchmark)
public class PipelineBenchmark {

    /** Characters of Markdown. */
    @Param({"20000", "200000"})
    public int size;

    /** Cited keys in the text (a group of two counts two). */
    @Param({"50", "1000"})
    public int citations;

    private MarkdownPipeline pipeline;
    private SourceLookup sources;
    private String markdown;
    /** Twenty key judgments (the most a briefing has), each citing two of the text's sources. */
    private List<org.briefdesk.tradecraft.KeyJudgment> judgments;

    @Setup(Level.Trial)
    public void setUp() {
        BriefingCorpus corpus = new BriefingCorpus();
        BriefingCorpus.Briefing briefing = corpus.briefing(size, citations, 20261129L + size + citations);
        markdown = briefing.markdown();
        sources = corpus.lookup();
        // The default size and nesting caps, but a time budget no render here comes near: on a busy
        // machine a cold render of 200 KB can pass the 2 s of the default, and a render that gives
        // up would measure the budget, not the pipeline.
        RenderLimits defaults = RenderLimits.defaults();
        pipeline = new MarkdownPipeline(
                new RenderLimits(defaults.maxMarkdownChars(), defaults.maxNestingDepth(), Duration.ofMinutes(1)));

        // The benchmark measures the normal case: the text renders, and every check passes.
        RenderResult result = pipeline.render(markdown, sources);
        if (!result.ok()) {
            throw new IllegalStateException("The generated briefing does not render: " + result.problem());
        }
        List<Finding> findings = QuotationChecker.check(markdown, sources, Map.of());
        if (!findings.isEmpty()) {
            throw new IllegalStateException("The generated briefing has findings: " + findings.getFirst());
        }
        List<String> keys = CitedText.of(markdown).groups().stream()
                .flatMap(group -> group.refs().stream())
                .map(org.briefdesk.citation.CitationRef::key)
                .distinct()
                .toList();
        judgments = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            judgments.add(new org.briefdesk.tradecraft.KeyJudgment(
                    "j" + i,
                    "The port authority will reopen berth " + i + " before the season ends [@"
                            + keys.get(i % keys.size()) + "; @" + keys.get((i + 1) % keys.size()) + "].",
                    "likely",
                    org.briefdesk.tradecraft.Confidence.MODERATE));
        }
        int quotations = QuotationChecker.quotations(markdown).size();
        System.out.printf(
                "%n[bench] briefing: %,d characters, %,d citations, %,d quotations (%,d found by the checker),"
                        + " %,d keys numbered, %,d characters of HTML%n",
                markdown.length(),
                briefing.citations(),
                briefing.quotations(),
                quotations,
                result.numberedKeys().size(),
                result.html().length());
    }

    /**
     * Citations found once, then numbered, rendered and sanitized, then the quotation checks, as
     * {@code BriefingChecks.check} runs them.
     */
    @Benchmark
    public void pipeline(Blackhole blackhole) {
        CitedText text = CitedText.of(markdown);
        RenderResult result = pipeline.render(text, sources);
        if (!result.ok()) {
            throw new IllegalStateException("Not rendered: " + result.problem()); // never measured as done
        }
        blackhole.consume(result);
        blackhole.consume(QuotationChecker.check(text, sources, Map.of()));
    }

    /**
     * The tradecraft checks of the briefing's own words ({@code LanguageCheck}, issue #17), which
     * {@code BriefingChecks.check} runs after the quotation checks.
     */
    /**
     * What twenty key judgments add to {@link #pipeline}, as {@code BriefingChecks.check} runs it: the
     * judgments' own checks, and the preview rendered from their section followed by the text (the
     * text's checks still run on the text alone).
     */
    @Benchmark
    public void pipelineWithJudgments(Blackhole blackhole) {
        CitedText text = CitedText.of(markdown);
        blackhole.consume(QuotationChecker.check(text, sources, Map.of()));
        blackhole.consume(org.briefdesk.tradecraft.JudgmentCheck.check(
                org.briefdesk.tradecraft.Yardstick.ICD_203, judgments, sources));
        RenderResult result = pipeline.render(
                org.briefdesk.tradecraft.KeyJudgments.withBody(
                        org.briefdesk.tradecraft.Yardstick.ICD_203, judgments, markdown),
                sources);
        if (!result.ok()) {
            throw new IllegalStateException("Not rendered: " + result.problem()); // never measured as done
        }
        blackhole.consume(result);
    }

    /** The judgments' own checks alone: twenty judgments, two sources each. */
    @Benchmark
    public List<Finding> judgmentCheck() {
        return org.briefdesk.tradecraft.JudgmentCheck.check(
                org.briefdesk.tradecraft.Yardstick.ICD_203, judgments, sources);
    }

    @Benchmark
    public List<Finding> languageCheck() {
        return org.briefdesk.tradecraft.LanguageCheck.check(CitedText.of(markdown));
    }

    /** flexmark alone, with the pipeline's extensions and options. */
    @Benchmark
    public String plainFlexmark() {
        return pipeline.renderPlain(markdown);
    }
}
