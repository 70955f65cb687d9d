package org.briefdesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.briefdesk.citation.CitedText;
import org.briefdesk.citation.MarkdownPipeline;
import org.briefdesk.citation.QuotationChecker;
import org.briefdesk.citation.RenderLimits;
import org.briefdesk.citation.RenderResult;
import org.briefdesk.citation.SourceLookup;

/**
 * The {@link PipelineBenchmark} comparison for a machine whose speed changes from one second to the
 * next, as a virtual machine shared with others does: plain flexmark and the whole pipeline run each
 * in its own JVM, so that each has its own JIT profile as in JMH's forks, but in turns of a fraction
 * of a second, so that both see the machine at the same speed. Each round gives one ratio, the
 * pipeline's time per render over plain flexmark's in the same round; the median of those ratios is
 * the result. Run it with {@code scripts/bench-pipeline-paired.sh}.
 */
public final class PairedPipelineRuns {

    private static volatile Object sink;

    private PairedPipelineRuns() {}

    /**
     * {@code [CASE...]}, each {@code SIZExCITATIONS} (all four of the JMH benchmark if none); the
     * system properties {@code rounds}, {@code warmup} and {@code slice} (milliseconds) tune it.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length > 0 && args[0].equals("--worker")) {
            worker(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            return;
        }
        int warmup = Integer.getInteger("warmup", 60);
        int rounds = Integer.getInteger("rounds", 200);
        int slice = Integer.getInteger("slice", 100);
        List<String> cases =
                args.length > 0 ? List.of(args) : List.of("20000x50", "200000x50", "20000x1000", "200000x1000");
        System.out.printf(
                Locale.ROOT,
                "%d warm-up and %d measured rounds; in each, %d ms of plain flexmark, then %d ms of the pipeline%n",
                warmup,
                rounds,
                slice,
                slice);
        System.out.println(
                "| Case | Plain flexmark, median | Pipeline, median | Ratio, median of rounds | Middle half of"
                        + " the rounds |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (String caseName : cases) {
            String[] parts = caseName.split("x");
            Worker plain = new Worker("plain", parts[0], parts[1]);
            Worker pipeline = new Worker("pipeline", parts[0], parts[1]);
            List<Double> plainTimes = new ArrayList<>();
            List<Double> pipelineTimes = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int round = 0; round < warmup + rounds; round++) {
                double plainTime = plain.slice(slice);
                double pipelineTime = pipeline.slice(slice);
                if (round >= warmup) {
                    plainTimes.add(plainTime);
                    pipelineTimes.add(pipelineTime);
                    ratios.add(pipelineTime / plainTime);
                }
            }
            plain.close();
            pipeline.close();
            ratios.sort(null);
            System.out.printf(
                    Locale.ROOT,
                    "| %,d characters, %,d citations | %.2f ms | %.2f ms | **%.2f×** | %.2f× to %.2f× |%n",
                    Integer.parseInt(parts[0]),
                    Integer.parseInt(parts[1]),
                    median(plainTimes) / 1e6,
                    median(pipelineTimes) / 1e6,
                    median(ratios),
                    ratios.get(ratios.size() / 4),
                    ratios.get(ratios.size() * 3 / 4));
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /** One JVM running one side of the comparison, a slice at a time. */
    private static final class Worker implements AutoCloseable {

        private final Process process;
        private final PrintWriter commands;
        private final BufferedReader answers;

        Worker(String side, String size, String citations) throws IOException {
            String java = ProcessHandle.current().info().command().orElse("java");
            process = new ProcessBuilder(
                            java,
                            "-Xms1g",
                            "-Xmx1g",
                            "-cp",
                            System.getProperty("java.class.path"),
                            PairedPipelineRuns.class.getName(),
                            "--worker",
                            side,
                            size,
                            citations)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            commands = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
            answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String ready = answers.readLine();
            if (!"ready".equals(ready)) {
                throw new IllegalStateException(side + " did not start: " + ready);
            }
        }

        /** Nanoseconds per render over a slice of about {@code millis}. */
        double slice(int millis) throws IOException {
            commands.println(millis);
            String answer = answers.readLine();
            if (answer == null) {
                throw new IllegalStateException("A worker stopped");
            }
            return Double.parseDouble(answer);
        }

        @Override
        public void close() throws InterruptedException {
            commands.println("quit");
            process.waitFor();
        }
    }

    private static void worker(String side, int size, int citations) throws IOException {
        BriefingCorpus corpus = new BriefingCorpus();
        String markdown =
                corpus.briefing(size, citations, 20261129L + size + citations).markdown();
        SourceLookup sources = corpus.lookup();
        RenderLimits defaults = RenderLimits.defaults();
        // As in PipelineBenchmark: the default caps, and a budget no render here comes near.
        MarkdownPipeline pipeline = new MarkdownPipeline(
                new RenderLimits(defaults.maxMarkdownChars(), defaults.maxNestingDepth(), Duration.ofMinutes(1)));
        Supplier<Object> work = switch (side) {
            case "plain" -> () -> pipeline.renderPlain(markdown);
            case "pipeline" ->
                () -> {
                    CitedText text = CitedText.of(markdown);
                    RenderResult result = pipeline.render(text, sources);
                    if (!result.ok()) {
                        throw new IllegalStateException("Not rendered: " + result.problem());
                    }
                    sink = result;
                    return QuotationChecker.check(text, sources, Map.of());
                };
            default -> throw new IllegalArgumentException(side);
        };
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.out.println("ready");
        System.out.flush();
        String command;
        while ((command = commands.readLine()) != null && !command.equals("quit")) {
            long slice = Long.parseLong(command.strip()) * 1_000_000L;
            long start = System.nanoTime();
            long now;
            long renders = 0;
            do {
                sink = work.get();
                renders++;
                now = System.nanoTime();
            } while (now - start < slice);
            System.out.println((now - start) / (double) renders);
            System.out.flush();
        }
    }
}
