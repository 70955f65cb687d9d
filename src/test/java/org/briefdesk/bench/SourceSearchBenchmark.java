package org.briefdesk.bench;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.briefdesk.Application;
import org.briefdesk.security.Roles;
import org.briefdesk.source.SearchPage;
import org.briefdesk.source.SourceQuery;
import org.briefdesk.source.SourceService;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Search latency of {@link SourceService#search} (first page of 20, with highlighted snippets) over
 * a library of generated sources in MariaDB, and the throughput of building the search index.
 * Run it with {@code scripts/bench-search.sh}, which prepares the database and passes
 * {@code BRIEFDESK_BENCH_DB_URL} (and {@code _USERNAME}, {@code _PASSWORD}).
 *
 * <p>Once per run (the trial set-up) it starts the application without a web server, loads the
 * generated sources with JDBC batches when the database holds fewer than {@link #sources}, deletes
 * the search index and rebuilds it with Hibernate Search's mass indexer, timing both. Each
 * benchmark call then runs the next query of {@link BenchQueries}, in turn; JMH's sample mode gives
 * the overall percentiles, and the benchmark itself records every call of the measurement
 * iterations per query and kind of query, printed at the end and written to
 * {@code target/bench-results/}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx4g", "--enable-native-access=ALL-UNNAMED"})
@Threads(1)
@State(Scope.Benchmark)
public class SourceSearchBenchmark {

    /** OpenSearch's address (-Dbriefdesk.bench.search-url), or null for the embedded Lucene index. */
    private static final @org.jspecify.annotations.Nullable String SEARCH_URL =
            System.getProperty("briefdesk.bench.search-url");

    /** How many sources the library holds; {@code -p sources=10000} for a quick try. */
    @Param("100000")
    public int sources;

    private static final int PAGE_SIZE = 20;

    private ConfigurableApplicationContext context;
    private SourceService service;
    private SecurityContextHolderStrategy securityStrategy;
    private List<BenchQueries.BenchQuery> queries;
    private final Map<Integer, Long> totals = new HashMap<>();
    private Latencies[] latencies;
    private boolean measuring;
    private int next;
    private Path resultsDir;
    private final List<String> setupReport = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path dataDir = Path.of(System.getProperty("briefdesk.bench.data-dir", "target/bench-data"))
                .toAbsolutePath();
        resultsDir = Path.of(System.getProperty("briefdesk.bench.results-dir", "target/bench-results"))
                .toAbsolutePath();
        Files.createDirectories(resultsDir);
        Path indexDir = dataDir.resolve("search-index");
        // The index is built from scratch below, so that the mass-indexing time is real.
        deleteRecursively(indexDir);

        long bootStarted = System.nanoTime();
        context = new SpringApplicationBuilder(Application.class)
                // Vaadin's security configuration needs a servlet context, so the application runs
                // as it does in production, on a random port of the loopback address, which nothing calls.
                .web(WebApplicationType.SERVLET)
                // As command-line arguments: before application.properties and the environment.
                .run(properties(dataDir).entrySet().stream()
                        .map(property -> "--" + property.getKey() + "=" + property.getValue())
                        .toArray(String[]::new));
        try {
            prepare(dataDir, indexDir, bootStarted);
        } catch (Exception | Error e) {
            context.close();
            throw e;
        }
    }

    private void prepare(Path dataDir, Path indexDir, long bootStarted) throws Exception {
        report("Application started in %.1f s (data dir %s)", (System.nanoTime() - bootStarted) / 1e9, dataDir);
        service = context.getBean(SourceService.class);
        securityStrategy = context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        signIn();

        SourceCorpus corpus = new SourceCorpus(SourceCorpus.DEFAULT_SEED);
        DataSource dataSource = context.getBean(DataSource.class);
        SourceLoader.Result load = new SourceLoader(dataSource, corpus).loadUpTo(sources);
        if (load.loaded() == 0) {
            report("Database already holds %,d sources: nothing loaded", load.before());
        } else {
            report(
                    "Loaded %,d sources (%,d already there) in %.1f s: %,.0f sources/s; generating the text took"
                            + " %.1f s of that",
                    load.loaded(), load.before(), load.seconds(), load.rowsPerSecond(), load.generateSeconds());
            report(
                    "Generated text: %,d body words (%.0f per source), %,.0f characters per body, %.1f title words"
                            + " per source, %,d tag rows",
                    load.bodyWords(),
                    load.bodyWords() / (double) load.loaded(),
                    load.bodyChars() / (double) load.loaded(),
                    load.titleWords() / (double) load.loaded(),
                    load.tagRows());
        }

        SearchMapping mapping = Search.mapping(context.getBean(EntityManagerFactory.class));
        long indexStarted = System.nanoTime();
        // As SearchIndexUpkeep does it (on OpenSearch the index is created anew, as by a rebuild).
        mapping.scope(Object.class, "Source")
                .massIndexer()
                .threadsToLoadObjects(2)
                .dropAndCreateSchemaOnStart(SEARCH_URL != null)
                .startAndWait();
        double indexSeconds = (System.nanoTime() - indexStarted) / 1e9;
        long indexed = service.search(SourceQuery.all(), 0, 1).total();
        long stored = new SourceLoader(dataSource, corpus).count();
        report(
                "Mass indexer (threadsToLoadObjects 2): %,d sources indexed in %.1f s: %,.0f sources/s",
                indexed, indexSeconds, indexed / indexSeconds);
        if (indexed != stored) {
            throw new IllegalStateException("The index holds " + indexed + " sources, the database " + stored);
        }
        if (SEARCH_URL == null) {
            report("Index on disk: %s in %d files", megabytes(sizeOf(indexDir)), fileCount(indexDir));
        } else {
            report("Index in OpenSearch at %s", SEARCH_URL);
        }
        databaseSizes(dataSource).forEach(this::report);

        queries = BenchQueries.of(corpus);
        latencies = new Latencies[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            latencies[i] = new Latencies();
            BenchQueries.BenchQuery query = queries.get(i);
            totals.put(
                    query.number(), service.search(query.query(), 0, PAGE_SIZE).total());
        }
        Files.write(resultsDir.resolve("search-setup.txt"), setupReport);
    }

    private static Map<String, Object> properties(Path dataDir) {
        String url = System.getenv("BRIEFDESK_BENCH_DB_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(
                    "Set BRIEFDESK_BENCH_DB_URL (and _USERNAME, _PASSWORD) to a MariaDB database for the benchmark;"
                            + " scripts/bench-search.sh does.");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", url);
        // The benchmark builds the index itself, timed, after loading.
        properties.put("briefdesk.search.catch-up-at-start", "false");
        if (SEARCH_URL != null) {
            properties.put("briefdesk.search.url", SEARCH_URL);
            properties.put("briefdesk.search.index-prefix", "bench-");
        }
        properties.put("spring.datasource.username", orEmpty(System.getenv("BRIEFDESK_BENCH_DB_USERNAME")));
        properties.put("spring.datasource.password", orEmpty(System.getenv("BRIEFDESK_BENCH_DB_PASSWORD")));
        properties.put("briefdesk.data-dir", dataDir.toString());
        // A known first administrator, so that no random password is generated and logged.
        properties.put("briefdesk.admin.username", "admin");
        properties.put("briefdesk.admin.password", "bench-admin-password-never-used");
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        properties.put("vaadin.launch-browser", "false");
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.org.hibernate.search.mapper.pojo.massindexing", "INFO");
        return properties;
    }

    /** Every call runs as a signed-in author and reader: the service checks its caller. */
    private void signIn() {
        SecurityContext security = securityStrategy.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "bench",
                "n/a",
                List.of(
                        new SimpleGrantedAuthority("ROLE_" + Roles.AUTHOR),
                        new SimpleGrantedAuthority("ROLE_" + Roles.READER))));
        securityStrategy.setContext(security);
    }

    @Setup(Level.Iteration)
    public void startIteration(IterationParams iteration) {
        measuring = iteration.getType() == IterationType.MEASUREMENT;
        signIn();
    }

    @Benchmark
    public SearchPage search() {
        int index = next;
        next = (index + 1) % queries.size();
        long started = System.nanoTime();
        SearchPage page = service.search(queries.get(index).query(), 0, PAGE_SIZE);
        long elapsed = System.nanoTime() - started;
        if (measuring) {
            latencies[index].add(elapsed);
        }
        return page;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try {
            List<String> lines = latencyReport();
            lines.forEach(System.out::println);
            Files.write(resultsDir.resolve("search-latency.md"), lines);
        } finally {
            context.close();
        }
    }

    private List<String> latencyReport() {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("Search latency, measurement iterations only, every call ("
                + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ")");
        lines.add("");
        lines.add("| # | Query | Kind | Matches | Calls | Median | p95 | p99 | Max |");
        lines.add("| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        Latencies overall = new Latencies();
        Map<String, Latencies> byKind = new LinkedHashMap<>();
        BenchQueries.KINDS.forEach(kind -> byKind.put(kind, new Latencies()));
        for (int i = 0; i < queries.size(); i++) {
            BenchQueries.BenchQuery query = queries.get(i);
            Latencies recorded = latencies[i];
            overall.addAll(recorded);
            byKind.get(query.kind()).addAll(recorded);
            lines.add(String.format(
                    Locale.ROOT,
                    "| %d | `%s` | %s | %,d | %,d | %.1f | %.1f | %.1f | %.1f |",
                    query.number(),
                    query.label(),
                    query.kind(),
                    totals.get(query.number()),
                    recorded.count(),
                    recorded.percentileMillis(50),
                    recorded.percentileMillis(95),
                    recorded.percentileMillis(99),
                    recorded.maxMillis()));
        }
        lines.add("");
        lines.add("| Kind | Queries | Calls | Median | p95 | p99 |");
        lines.add("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (var kind : byKind.entrySet()) {
            long count = queries.stream()
                    .filter(query -> query.kind().equals(kind.getKey()))
                    .count();
            lines.add(row(kind.getKey(), count, kind.getValue()));
        }
        lines.add(row("**all**", queries.size(), overall));
        lines.add("");
        lines.add(String.format(
                Locale.ROOT,
                "Overall: median %.1f ms, p95 %.1f ms, p99 %.1f ms, mean %.1f ms over %,d calls; target p95 < 50 ms: %s",
                overall.percentileMillis(50),
                overall.percentileMillis(95),
                overall.percentileMillis(99),
                overall.meanMillis(),
                overall.count(),
                overall.percentileMillis(95) < 50 ? "met" : "MISSED"));
        return lines;
    }

    private static String row(String name, long queryCount, Latencies recorded) {
        return String.format(
                Locale.ROOT,
                "| %s | %d | %,d | %.1f | %.1f | %.1f |",
                name,
                queryCount,
                recorded.count(),
                recorded.percentileMillis(50),
                recorded.percentileMillis(95),
                recorded.percentileMillis(99));
    }

    private void report(String format, Object... arguments) {
        String line = String.format(Locale.ROOT, format, arguments);
        setupReport.add(line);
        System.out.println("[bench] " + line);
    }

    /** The InnoDB files of the benchmark's tables, as MariaDB reports them. */
    private static List<String> databaseSizes(DataSource dataSource) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            String schema;
            try (ResultSet rows = statement.executeQuery("SELECT DATABASE()")) {
                rows.next();
                schema = rows.getString(1);
            }
            long total = 0;
            List<String> files = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT NAME, ALLOCATED_SIZE FROM information_schema.INNODB_SYS_TABLESPACES WHERE NAME LIKE '"
                            + schema.replace("'", "''") + "/%' ORDER BY ALLOCATED_SIZE DESC")) {
                while (rows.next()) {
                    total += rows.getLong(2);
                    files.add(rows.getString(1).substring(schema.length() + 1) + " " + megabytes(rows.getLong(2)));
                }
            }
            lines.add("Database " + schema + " on disk (InnoDB files): " + megabytes(total) + " ("
                    + String.join(", ", files) + ")");
        }
        return lines;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,.0f MiB", bytes / 1024.0 / 1024.0);
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(path -> {
                        try {
                            return Files.size(path);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .sum();
        }
    }

    private static long fileCount(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
