package org.briefdesk.publishing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.briefdesk.bench.BriefingCorpus;
import org.briefdesk.briefing.Audience;
import org.briefdesk.citation.MarkdownPipeline;
import org.briefdesk.citation.RenderLimits;
import org.briefdesk.citation.RenderResult;
import org.briefdesk.marking.Tlp;
import org.briefdesk.tradecraft.Yardstick;
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

/**
 * Writing an edition as PDF (OpenHTMLtoPDF with embedded DejaVu fonts) and as Word (Apache POI),
 * what the first download of each costs before the edition cache keeps the file (issue #19).
 * Generated briefings of 20 KB and 200 KB with 50 and 1,000 citations ({@link BriefingCorpus}),
 * rendered once by the Markdown pipeline as publication does. Run it with
 * {@code scripts/bench-documents.sh}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@State(Scope.Benchmark)
public class EditionDocumentsBenchmark {

    /** Characters of Markdown. */
    @Param({"20000", "200000"})
    public int size;

    /** Cited keys in the text. */
    @Param({"50", "1000"})
    public int citations;

    private FrozenEdition edition;

    @Setup(Level.Trial)
    public void setUp() {
        BriefingCorpus corpus = new BriefingCorpus();
        BriefingCorpus.Briefing briefing = corpus.briefing(size, citations, 20261204L + size + citations);
        RenderLimits defaults = RenderLimits.defaults();
        RenderResult rendered = new MarkdownPipeline(new RenderLimits(
                        defaults.maxMarkdownChars(), defaults.maxNestingDepth(), Duration.ofMinutes(1)))
                .render(briefing.markdown(), corpus.lookup());
        if (!rendered.ok()) {
            throw new IllegalStateException("The generated briefing does not render: " + rendered.problem());
        }
        edition = new FrozenEdition(
                1,
                "generated-briefing",
                1,
                "A generated briefing of " + size + " characters",
                "What the benchmark writes.",
                Audience.PUBLIC,
                List.of("Alice Analyst"),
                List.of("ports"),
                Instant.parse("2026-12-04T10:00:00Z"),
                "erin",
                rendered.html(),
                "portable",
                "pandoc",
                "0".repeat(64),
                Tlp.CLEAR,
                Yardstick.ICD_203,
                List.of(),
                null);
    }

    @Benchmark
    public byte[] pdf() {
        return EditionDocuments.pdf(edition);
    }

    @Benchmark
    public byte[] docx() {
        return EditionDocuments.docx(edition);
    }
}
