package org.briefdesk.citation;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Markdown to sanitized HTML with numbered citations and a Sources section. It never throws and
 * never hangs: over-long or over-nested input, a render past the time budget and any renderer
 * failure (a {@code StackOverflowError} included) give a clear message instead.
 */
public final class MarkdownPipeline {

    private static final Logger log = LoggerFactory.getLogger(MarkdownPipeline.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    /** Private-use characters mark where a citation goes; they never survive normalised user text. */
    private static final char MARK_START = '\uE010';

    private static final char MARK_END = '\uE011';

    /** Texts up to this length render on the caller's thread (see {@link #render}). */
    static final int DIRECT_MAX_CHARS = 100_000;

    private static final String TOO_SLOW =
            "The preview took too long to render. Simplify the text (fewer nested brackets or backticks) to see it.";
    private static final String CANNOT_RENDER =
            "This text cannot be rendered. Check for unbalanced brackets or unusual characters.";

    /**
     * Texts longer than {@link #DIRECT_MAX_CHARS} render on a few daemon threads with a deep stack,
     * so that the caller gets its answer when the budget is spent even if flexmark is somewhere it
     * does not read the text, and a queue bound so that runaway renders cannot pile up.
     */
    private static final ExecutorService RENDERERS =
            new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(16), runnable -> {
                Thread thread = new Thread(null, runnable, "briefdesk-markdown", 16L * 1024 * 1024);
                thread.setDaemon(true);
                return thread;
            });

    /**
     * Stops renders that pass their deadline (see {@link Cancellable}): one daemon thread that sleeps
     * until the earliest deadline; a render that ends in time takes its alarm back.
     */
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "briefdesk-markdown-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        watchdog.setRemoveOnCancelPolicy(true);
        return watchdog;
    }

    /** Alarms of renders still running (for tests: finished renders leave none behind). */
    static int pendingAlarms() {
        return WATCHDOG.getQueue().size();
    }

    private final RenderLimits limits;
    /**
     * The Sources section changes only when a citation or a source does, not with every pause in
     * typing, so its sanitized HTML is kept, by the HTML it was made from (the sanitizer's output
     * depends on nothing else). The body around it is sanitized on every render. At most 64 sections
     * of up to 32,768 characters each are kept: a few megabytes at worst.
     */
    private final SanitizedCache sanitizedSources = new SanitizedCache(64, 32_768);

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownPipeline(RenderLimits limits) {
        this.limits = limits;
        MutableDataSet options = new MutableDataSet();
        options.set(
                Parser.EXTENSIONS,
                List.of(
                        TablesExtension.create(),
                        StrikethroughExtension.create(),
                        AutolinkExtension.create(),
                        FootnoteExtension.create()));
        // Raw HTML in the Markdown is shown as text, never passed on.
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** The flexmark options of the pipeline without citations or sanitizing, for comparisons. */
    public String renderPlain(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /** Markdown to sanitized HTML. Never throws. */
    public RenderResult render(String markdown, SourceLookup sources) {
        RenderResult refused = refusal(markdown);
        if (refused != null) {
            return refused;
        }
        CitedText text;
        try {
            text = CitedText.of(markdown);
        } catch (RuntimeException | StackOverflowError failure) {
            log.warn("Citations could not be found", failure);
            return problem(CANNOT_RENDER);
        }
        return renderFound(text, sources);
    }

    /** The same for a text whose citations are already found (the checks of it use them too). */
    public RenderResult render(CitedText text, SourceLookup sources) {
        RenderResult refused = refusal(text.markdown());
        return refused != null ? refused : renderFound(text, sources);
    }

    /** The message for a text over the size or nesting cap, or null for one within them. */
    private @Nullable RenderResult refusal(String markdown) {
        if (markdown.length() > limits.maxMarkdownChars()) {
            return problem(String.format(
                    Locale.ROOT,
                    "The text is too long to preview (%,d characters; the limit is %,d).",
                    markdown.length(),
                    limits.maxMarkdownChars()));
        }
        int depth = nestingDepth(markdown);
        if (depth > limits.maxNestingDepth()) {
            return problem("The text nests quotes, lists or emphasis " + depth + " levels deep; the preview allows "
                    + limits.maxNestingDepth() + ". Flatten it to see the preview.");
        }
        return null;
    }

    private RenderResult renderFound(CitedText text, SourceLookup sources) {
        String markdown = text.markdown();
        List<CitationGroup> groups = text.groups();
        // Sources are looked up here, on the caller's thread, which carries the caller's security
        // context; the render thread only formats what was found.
        Map<String, Optional<SourceInfo>> resolved = new LinkedHashMap<>();
        try {
            for (CitationGroup group : groups) {
                group.refs().forEach(ref -> resolved.computeIfAbsent(ref.key(), sources::find));
            }
        } catch (RuntimeException failure) {
            log.warn("Citations could not be resolved", failure);
            return problem(CANNOT_RENDER);
        }
        SourceLookup known = new SourceLookup() {
            @Override
            public Optional<SourceInfo> find(String key) {
                return resolved.getOrDefault(key, Optional.empty());
            }

            @Override
            public List<SourceInfo> candidatesContaining(String quotation) {
                return List.of();
            }
        };
        long deadline = System.nanoTime() + limits.timeBudget().toNanos();
        if (markdown.length() <= DIRECT_MAX_CHARS) {
            // A text of briefing length renders on the caller's thread: handing it to a render
            // thread and back costs about as much as the sanitizer. The deadline still holds (the
            // text stops being read once it has passed), and within the nesting cap such a text
            // needs far less stack than a request thread has (MarkdownPipelineTest checks 256 KB).
            try {
                return renderNow(markdown, groups, known, deadline);
            } catch (RenderCancelled cancelled) {
                return problem(TOO_SLOW);
            } catch (RuntimeException | StackOverflowError failure) {
                log.warn("Markdown could not be rendered", failure);
                return problem(CANNOT_RENDER);
            }
        }
        Future<RenderResult> future;
        try {
            future = RENDERERS.submit(() -> {
                try {
                    return renderNow(markdown, groups, known, deadline);
                } catch (RenderCancelled cancelled) {
                    return problem(TOO_SLOW);
                }
            });
        } catch (RejectedExecutionException busy) {
            return problem("The preview is busy. Try again in a moment.");
        }
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException slow) {
            future.cancel(true);
            return problem(TOO_SLOW);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return problem("The preview was interrupted.");
        } catch (ExecutionException failed) {
            log.warn("Markdown could not be rendered", failed.getCause());
            return problem(CANNOT_RENDER);
        }
    }

    /**
     * The render itself; throws {@link RenderCancelled} past the deadline and lets a
     * {@code StackOverflowError} or any other failure through, for the caller to turn into a message.
     */
    private RenderResult renderNow(String text, List<CitationGroup> groups, SourceLookup sources, long deadline) {
        // The marks are private-use characters; any in the text itself are replaced (one for one,
        // so that the citations' offsets stay) rather than taken for citations.
        String markdown = text.replace(MARK_START, '\uFFFD').replace(MARK_END, '\uFFFD');
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<String, Optional<SourceInfo>> found = new LinkedHashMap<>();
        List<InlineCitation> inline = new ArrayList<>();
        StringBuilder marked = new StringBuilder(markdown.length() + 16);
        int position = 0;
        for (CitationGroup group : groups) {
            marked.append(markdown, position, group.start());
            marked.append(MARK_START).append(inline.size()).append(MARK_END);
            inline.add(inlineCitation(group, numbers, found, sources));
            position = group.end();
        }
        marked.append(markdown, position, markdown.length());
        String html = renderGuarded(marked.toString(), deadline);
        StringBuilder out = new StringBuilder(html.length() + inline.size() * 80);
        // flexmark escapes '<' and '>' in text and attribute values, so every '<' in its output
        // opens a tag. A citation inside a tag (a link title, an image description) becomes
        // text; inside a link's text it keeps its number but no link of its own, as links
        // cannot nest.
        boolean inTag = false;
        int openLinks = 0;
        int i = 0;
        int length = html.length();
        while (i < length) {
            // Copy the run up to the next character that matters in one go.
            int next = i;
            char c = 0;
            while (next < length) {
                c = html.charAt(next);
                if (c == '<' || c == '>' || c == MARK_START || c == MARK_END) {
                    break;
                }
                next++;
            }
            out.append(html, i, next);
            if (next == length) {
                break;
            }
            i = next;
            int end = c == MARK_START ? html.indexOf(MARK_END, i) : -1;
            if (end > i) {
                InlineCitation citation = inline.get(Integer.parseInt(html, i + 1, end, 10));
                out.append(inTag ? escape(citation.text()) : openLinks > 0 ? citation.unlinked() : citation.html());
                i = end + 1;
                continue;
            }
            if (c == '<' && !inTag) {
                inTag = true;
                if (html.startsWith("<a ", i) || html.startsWith("<a>", i)) {
                    openLinks++;
                } else if (html.startsWith("</a>", i)) {
                    openLinks = Math.max(0, openLinks - 1);
                }
            } else if (c == '>' && inTag) {
                inTag = false;
            }
            if (c != MARK_START && c != MARK_END) {
                out.append(c);
            }
            i++;
        }
        String body = HtmlSanitizer.sanitize(out.toString());
        return new RenderResult(
                body + sanitizedSources.sanitize(sourcesSection(numbers, found)), List.copyOf(numbers.keySet()), null);
    }

    /** flexmark's render, stopped by the {@link #WATCHDOG} if it runs past the deadline. */
    String renderGuarded(String markdown, long deadline) {
        Cancellable text = new Cancellable(markdown);
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new RenderCancelled();
        }
        ScheduledFuture<?> alarm = WATCHDOG.schedule(text::stop, left, TimeUnit.NANOSECONDS);
        try {
            return renderer.render(parser.parse(BasedSequence.of(text)));
        } finally {
            alarm.cancel(false);
        }
    }

    /**
     * The text as flexmark reads it, character by character, so that a render past its deadline
     * stops instead of keeping a thread busy: some inputs make flexmark's work grow with the square
     * of their length, and a thread cannot be stopped from outside. The {@link #WATCHDOG} sets the
     * flag when the deadline falls due, so a read costs flexmark one extra memory read and nothing
     * else: no counter to update and no clock to ask while it works.
     */
    static final class Cancellable implements CharSequence {

        private final String text;
        private volatile boolean stopped;

        Cancellable(String text) {
            this.text = text;
        }

        /** From now on, every read throws {@link RenderCancelled}. */
        void stop() {
            stopped = true;
        }

        @Override
        public char charAt(int index) {
            if (stopped) {
                throw new RenderCancelled();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    static final class RenderCancelled extends RuntimeException {
        RenderCancelled() {
            super("render cancelled", null, false, false);
        }
    }

    /** Sanitized HTML by the HTML it was made from, for the last {@code capacity} distinct inputs. */
    private static final class SanitizedCache {

        private final Map<String, String> entries;
        private final int maxLength;

        SanitizedCache(int capacity, int maxLength) {
            this.maxLength = maxLength;
            this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > capacity;
                }
            };
        }

        String sanitize(String html) {
            if (html.isEmpty()) {
                return html;
            }
            if (html.length() > maxLength) {
                return HtmlSanitizer.sanitize(html);
            }
            synchronized (entries) {
                String sanitized = entries.get(html);
                if (sanitized != null) {
                    return sanitized;
                }
            }
            String sanitized = HtmlSanitizer.sanitize(html);
            synchronized (entries) {
                entries.put(html, sanitized);
            }
            return sanitized;
        }
    }

    /** One citation group as linked HTML, as HTML without links, and as plain text. */
    private record InlineCitation(String html, String unlinked, String text) {}

    private static InlineCitation inlineCitation(
            CitationGroup group,
            Map<String, Integer> numbers,
            Map<String, Optional<SourceInfo>> found,
            SourceLookup sources) {
        StringBuilder html = new StringBuilder("<sup class=\"citation\">");
        StringBuilder unlinked = new StringBuilder("<sup class=\"citation\">");
        StringBuilder text = new StringBuilder("[");
        boolean first = true;
        for (CitationRef ref : group.refs()) {
            if (!first) {
                html.append(", ");
                unlinked.append(", ");
                text.append(", ");
            }
            first = false;
            Optional<SourceInfo> source = found.computeIfAbsent(ref.key(), sources::find);
            if (source.isEmpty()) {
                String missing = "<span class=\"citation-missing\" title=\"No source has this key\">[@"
                        + escape(ref.key()) + "?]</span>";
                html.append(missing);
                unlinked.append(missing);
                text.append("@").append(ref.key()).append('?');
                continue;
            }
            int number = numbers.computeIfAbsent(ref.key(), key -> numbers.size() + 1);
            html.append("<a href=\"#source-").append(number).append('"');
            if (ref.locator() != null) {
                html.append(" title=\"").append(escape(ref.locator())).append('"');
            }
            html.append('>').append(number).append("</a>");
            unlinked.append(number);
            text.append(number);
            // The source's grade where it is used: "3 · B2".
            String grade = source.get().grade();
            if (!grade.isEmpty()) {
                String graded = "<span class=\"citation-grade\" title=\"Source grade " + escape(grade) + "\"> · "
                        + escape(grade) + "</span>";
                html.append(graded);
                unlinked.append(graded);
            }
        }
        return new InlineCitation(
                html.append("</sup>").toString(),
                unlinked.append("</sup>").toString(),
                text.append(']').toString());
    }

    private static String sourcesSection(Map<String, Integer> numbers, Map<String, Optional<SourceInfo>> found) {
        if (numbers.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section class=\"sources\"><h2>Sources</h2><ol>");
        numbers.forEach((key, number) -> found.get(key).ifPresent(source -> {
            html.append("<li id=\"source-").append(number).append("\">");
            if (source.authors() != null && !source.authors().isBlank()) {
                html.append(escape(source.authors())).append(": ");
            }
            html.append(escape(source.title())).append('.');
            if (source.outlet() != null || source.published() != null) {
                html.append(' ');
                if (source.outlet() != null) {
                    html.append(escape(source.outlet()));
                }
                if (source.published() != null) {
                    html.append(source.outlet() != null ? ", " : "").append(DATE.format(source.published()));
                }
                html.append('.');
            }
            if (source.url() != null) {
                html.append(" <a href=\"")
                        .append(escape(source.url()))
                        .append("\">")
                        .append(escape(source.url()))
                        .append("</a>.");
            }
            if (source.captured() != null) {
                html.append(" Captured ")
                        .append(DATE.format(source.captured().atZone(ZoneOffset.UTC)))
                        .append('.');
            }
            if (!source.grade().isEmpty()) {
                html.append(" Grade ").append(escape(source.grade())).append('.');
            }
            html.append("</li>");
        }));
        html.append("</ol>");
        html.append(sourcingSummary(numbers, found));
        return html.append("</section>").toString();
    }

    /**
     * How many of the cited sources have each grade, best first, the ungraded last: "By grade: 1 × A1,
     * 2 × B2, 1 not graded."
     */
    private static String sourcingSummary(Map<String, Integer> numbers, Map<String, Optional<SourceInfo>> found) {
        java.util.TreeMap<String, Integer> byGrade = new java.util.TreeMap<>();
        int ungraded = 0;
        for (String key : numbers.keySet()) {
            Optional<SourceInfo> source = found.get(key);
            if (source == null || source.isEmpty()) {
                continue;
            }
            if (source.get().grade().isEmpty()) {
                ungraded++;
            } else {
                byGrade.merge(source.get().grade(), 1, Integer::sum);
            }
        }
        List<String> parts = new java.util.ArrayList<>();
        byGrade.forEach((grade, count) -> parts.add(count + " × " + escape(grade)));
        if (ungraded > 0) {
            parts.add(ungraded + " not graded");
        }
        return "<p class=\"sources-by-grade\">By grade: " + String.join(", ", parts) + ".</p>";
    }

    /** The deepest run of block-quote markers, list indentation or emphasis markers, cheaply. */
    static int nestingDepth(String markdown) {
        int deepest = 0;
        int lineStart = 0;
        while (lineStart < markdown.length()) {
            int lineEnd = markdown.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = markdown.length();
            }
            int quotes = 0;
            int indent = 0;
            for (int i = lineStart; i < lineEnd; i++) {
                char c = markdown.charAt(i);
                if (c == '>') {
                    quotes++;
                } else if (c == ' ' || c == '\t') {
                    indent += c == '\t' ? 4 : 1;
                } else if ((c == '-' || c == '*' || c == '+')
                        && i + 1 < lineEnd
                        && (markdown.charAt(i + 1) == ' ' || markdown.charAt(i + 1) == '\t')) {
                    quotes++;
                } else if (c >= '0' && c <= '9') {
                    int digits = i;
                    while (digits < lineEnd
                            && digits - i < 9
                            && markdown.charAt(digits) >= '0'
                            && markdown.charAt(digits) <= '9') {
                        digits++;
                    }
                    if (digits + 1 < lineEnd
                            && (markdown.charAt(digits) == '.' || markdown.charAt(digits) == ')')
                            && (markdown.charAt(digits + 1) == ' ' || markdown.charAt(digits + 1) == '\t')) {
                        quotes++; // an ordered list marker, "1." or "1)"
                        i = digits + 1;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            deepest = Math.max(deepest, Math.max(quotes, indent / 2));
            lineStart = lineEnd + 1;
        }
        int openBrackets = 0;
        int run = 0;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '*' || c == '_' || c == '[') {
                run++;
                openBrackets = Math.max(openBrackets, run);
            } else {
                run = 0;
            }
        }
        return Math.max(deepest, openBrackets / 2);
    }

    private static RenderResult problem(String message) {
        return new RenderResult("<p class=\"render-problem\">" + escape(message) + "</p>", List.of(), message);
    }

    static String escape(String text) {
        return HtmlSanitizer.escapeText(text);
    }
}
