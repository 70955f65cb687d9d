package org.briefdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.briefdesk.Application;
import org.briefdesk.audit.AuditCursor;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditFilter;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.audit.AuditPage;
import org.briefdesk.security.Roles;
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
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The audit log view's query ({@link AuditLog#search}, a page of 50) over {@link #entries} rows in
 * MariaDB: the first page and a page near the oldest end, unfiltered and with each filter the view
 * offers. For comparison, one plain {@code LIMIT/OFFSET} query at the same depth, which is what a
 * page-numbered grid would send and the view does not. Run it with {@code scripts/bench-audit.sh}.
 *
 * <p>The set-up starts the application without serving anyone, fills {@code audit_entry} with
 * generated rows (JDBC, multi-row inserts) up to {@link #entries} when it holds fewer, and writes
 * the database's query plan of each query to {@code target/bench-results/audit-plans.txt}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
@Threads(1)
@State(Scope.Benchmark)
public class AuditLogBenchmark {

    /** How many audit entries the table holds; {@code -p entries=100000} for a quick try. */
    @Param("1000000")
    public int entries;

    static final int PAGE = 50;
    static final int ACTORS = 200;
    static final Instant NEWEST = Instant.parse("2026-11-01T00:00:00Z");
    /** One year of entries, evenly spread. */
    static final Duration SPAN = Duration.ofDays(365);

    private ConfigurableApplicationContext context;
    private AuditLog auditLog;
    private SecurityContextHolderStrategy securityStrategy;
    private DataSource dataSource;
    private AuditCursor deepCursor;
    private AuditCursor deepUserCursor;
    private final List<String> report = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .run(properties().entrySet().stream()
                        .map(property -> "--" + property.getKey() + "=" + property.getValue())
                        .toArray(String[]::new));
        auditLog = context.getBean(AuditLog.class);
        dataSource = context.getBean(DataSource.class);
        securityStrategy = context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        load();
        // Near the oldest end: the cursor of the 50th-oldest row (unfiltered) and of actor-7's.
        deepCursor =
                cursorAt("SELECT occurred_at, id FROM audit_entry ORDER BY occurred_at, id LIMIT 1 OFFSET " + PAGE);
        deepUserCursor = cursorAt("SELECT occurred_at, id FROM audit_entry WHERE actor = 'actor-7'"
                + " ORDER BY occurred_at, id LIMIT 1 OFFSET " + PAGE);
        explain();
        Path results = Path.of("target/bench-results");
        Files.createDirectories(results);
        Files.write(results.resolve("audit-plans.txt"), report);
        report.forEach(System.out::println);
        signIn();
    }

    private static Map<String, Object> properties() {
        String url = System.getenv("BRIEFDESK_BENCH_DB_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("Set BRIEFDESK_BENCH_DB_URL; scripts/bench-audit.sh does.");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", orEmpty(System.getenv("BRIEFDESK_BENCH_DB_USERNAME")));
        properties.put("spring.datasource.password", orEmpty(System.getenv("BRIEFDESK_BENCH_DB_PASSWORD")));
        properties.put(
                "briefdesk.data-dir",
                Path.of("target/bench-data").toAbsolutePath().toString());
        properties.put("briefdesk.admin.username", "admin");
        properties.put("briefdesk.admin.password", "bench-admin-password-never-used");
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        properties.put("vaadin.launch-browser", "false");
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        return properties;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private void load() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long before = count(connection);
            if (before >= entries) {
                report.add(String.format("audit_entry holds %,d rows: nothing loaded", before));
                return;
            }
            long started = System.nanoTime();
            SplittableRandom random = new SplittableRandom(42);
            AuditEvent[] common = {
                AuditEvent.SIGN_IN,
                AuditEvent.SIGN_IN,
                AuditEvent.SIGN_IN,
                AuditEvent.SIGN_OUT,
                AuditEvent.SIGN_OUT,
                AuditEvent.REVISION_SAVED,
                AuditEvent.REVISION_SAVED,
                AuditEvent.WORKFLOW_TRANSITION,
                AuditEvent.SIGN_IN_FAILED,
                AuditEvent.PUBLISHED
            };
            long stepMicros = SPAN.toNanos() / 1000 / entries;
            Instant oldest = NEWEST.minus(SPAN);
            int rows = 1000;
            connection.setAutoCommit(false);
            for (long first = before; first < entries; first += rows) {
                int n = (int) Math.min(rows, entries - first);
                StringBuilder sql = new StringBuilder(
                        "INSERT INTO audit_entry (occurred_at, kind, actor, target, detail, client_address) VALUES ");
                for (int i = 0; i < n; i++) {
                    sql.append(i == 0 ? "(?,?,?,?,?,?)" : ",(?,?,?,?,?,?)");
                }
                try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
                    int p = 1;
                    for (int i = 0; i < n; i++) {
                        long row = first + i;
                        // Rarely a kind of its own (a lock), so that a selective filter is measured too.
                        AuditEvent kind = row % 5000 == 0 ? AuditEvent.SIGN_IN_LOCKED : common[random.nextInt(10)];
                        String actor = "actor-" + random.nextInt(ACTORS);
                        insert.setTimestamp(p++, Timestamp.from(oldest.plusNanos(row * stepMicros * 1000)));
                        insert.setString(p++, kind.name());
                        insert.setString(p++, actor);
                        insert.setString(p++, "briefing:generated-" + random.nextInt(5000));
                        insert.setString(p++, "generated entry " + row);
                        insert.setString(p++, "10.0." + random.nextInt(256) + "." + random.nextInt(256));
                    }
                    insert.executeUpdate();
                }
                connection.commit();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            report.add(String.format(
                    "Loaded %,d audit entries (%,d already there) in %.1f s: %,.0f rows/s",
                    entries - before, before, seconds, (entries - before) / seconds));
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("ANALYZE TABLE audit_entry");
            }
        }
    }

    private static long count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM audit_entry")) {
            result.next();
            return result.getLong(1);
        }
    }

    private AuditCursor cursorAt(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return new AuditCursor(result.getTimestamp(1).toInstant(), result.getLong(2));
        }
    }

    /** The plans MariaDB chooses for the SQL Hibernate sends (same shape, literal values). */
    private void explain() throws SQLException {
        String select = "SELECT * FROM audit_entry a ";
        String order = " ORDER BY a.occurred_at DESC, a.id DESC LIMIT " + (PAGE + 1);
        String cursor = "a.occurred_at <= '" + Timestamp.from(deepCursor.occurredAt()) + "' AND (a.occurred_at < '"
                + Timestamp.from(deepCursor.occurredAt()) + "' OR a.id < " + deepCursor.id() + ")";
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("first page", select + order);
        queries.put("first page, user", select + "WHERE a.actor = 'actor-7'" + order);
        queries.put("first page, kind", select + "WHERE a.kind = 'SIGN_IN_LOCKED'" + order);
        queries.put(
                "first page, user and kind",
                select + "WHERE a.actor = 'actor-7' AND a.kind = 'SIGN_IN_FAILED'" + order);
        queries.put(
                "first page, one month",
                select + "WHERE a.occurred_at >= '2026-05-01' AND a.occurred_at < '2026-06-01'" + order);
        queries.put("deep page", select + "WHERE " + cursor + order);
        queries.put(
                "offset at the same depth (not used)",
                select + "ORDER BY a.occurred_at DESC, a.id DESC LIMIT " + PAGE + " OFFSET " + (entries - 2 * PAGE));
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> query : queries.entrySet()) {
                report.add("EXPLAIN " + query.getKey() + ":");
                try (ResultSet plan = statement.executeQuery("EXPLAIN " + query.getValue())) {
                    while (plan.next()) {
                        report.add(String.format(
                                "  type=%s key=%s rows=%s extra=%s",
                                plan.getString("type"),
                                plan.getString("key"),
                                plan.getString("rows"),
                                plan.getString("Extra")));
                    }
                }
            }
        }
    }

    /** Reading the audit log is for administrators: the service checks its caller. */
    private void signIn() {
        SecurityContext security = securityStrategy.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "bench", "n/a", List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN))));
        securityStrategy.setContext(security);
    }

    @Setup(Level.Iteration)
    public void startIteration() {
        signIn();
    }

    @Benchmark
    public AuditPage firstPage() {
        return auditLog.search(AuditFilter.all(), null, PAGE);
    }

    @Benchmark
    public AuditPage firstPageOfOneUser() {
        return auditLog.search(new AuditFilter("actor-7", null, null, null), null, PAGE);
    }

    @Benchmark
    public AuditPage firstPageOfARareKind() {
        return auditLog.search(new AuditFilter(null, AuditEvent.SIGN_IN_LOCKED, null, null), null, PAGE);
    }

    @Benchmark
    public AuditPage firstPageOfOneUsersFailedSignIns() {
        return auditLog.search(new AuditFilter("actor-7", AuditEvent.SIGN_IN_FAILED, null, null), null, PAGE);
    }

    @Benchmark
    public AuditPage firstPageOfOneMonth() {
        return auditLog.search(
                new AuditFilter(
                        null, null, Instant.parse("2026-05-01T00:00:00Z"), Instant.parse("2026-06-01T00:00:00Z")),
                null,
                PAGE);
    }

    @Benchmark
    public AuditPage deepPage() {
        return auditLog.search(AuditFilter.all(), deepCursor, PAGE);
    }

    @Benchmark
    public AuditPage deepPageOfOneUser() {
        return auditLog.search(new AuditFilter("actor-7", null, null, null), deepUserCursor, PAGE);
    }

    /** What the view avoids: the same depth reached with OFFSET (plain JDBC, for comparison only). */
    @Benchmark
    public long offsetAtTheSameDepthForComparison() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result =
                        statement.executeQuery("SELECT id FROM audit_entry ORDER BY occurred_at DESC, id DESC LIMIT "
                                + PAGE + " OFFSET " + (entries - 2 * PAGE))) {
            long last = 0;
            while (result.next()) {
                last = result.getLong(1);
            }
            return last;
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        context.close();
    }
}
