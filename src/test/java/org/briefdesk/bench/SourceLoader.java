package org.briefdesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.briefdesk.base.Sha256;
import org.briefdesk.source.CitationKeys;
import org.briefdesk.source.Grade;
import org.briefdesk.source.SourceDraft;
import org.briefdesk.source.SourceRules;
import org.briefdesk.source.UrlCanonicalizer;
import org.briefdesk.source.importer.BodyText;

/**
 * Loads generated sources straight into {@code source}, {@code source_version} and
 * {@code source_tag} with JDBC batches, as migration V2 defines them: version 1 of each text, the
 * text's fingerprint as {@link BodyText#fingerprint(String)} computes it, the canonical URL's hash
 * as the service stores it, unique citation keys. Much faster than going through the service, which
 * checks for duplicates and indexes each source as it is saved.
 *
 * <p>Source {@code i} (from 0) gets id {@code i + 1}, so an interrupted load resumes where it
 * stopped: each batch of sources is one transaction.
 */
final class SourceLoader {

    static final String ADDED_BY = "bench-loader";
    private static final int BATCH = 200;

    /** What a load did; {@code loaded} is 0 when the database already held enough sources. */
    record Result(
            long before,
            int loaded,
            double seconds,
            double generateSeconds,
            long bodyWords,
            long bodyChars,
            long titleWords,
            long tagRows) {

        double rowsPerSecond() {
            return loaded / seconds;
        }
    }

    private final DataSource dataSource;
    private final SourceCorpus corpus;

    SourceLoader(DataSource dataSource, SourceCorpus corpus) {
        this.dataSource = dataSource;
        this.corpus = corpus;
    }

    long count() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM source")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Loads sources until the database holds {@code target}; does nothing when it already does. */
    Result loadUpTo(int target) throws SQLException {
        long before = count();
        if (before >= target) {
            return new Result(before, 0, 0, 0, 0, 0, 0, 0);
        }
        try (Connection connection = dataSource.getConnection()) {
            long maxId = single(connection, "SELECT COALESCE(MAX(id), 0) FROM source");
            long others = single(connection, "SELECT COUNT(*) FROM source WHERE added_by <> '" + ADDED_BY + "'");
            if (maxId != before || others > 0) {
                throw new IllegalStateException("The database holds " + before
                        + " sources that this benchmark did not write in order (highest id " + maxId
                        + "). Use an empty database for the benchmark.");
            }
            int start = (int) before;
            SourceCorpus.KeyAssigner keys = new SourceCorpus.KeyAssigner();
            for (int i = 0; i < start; i++) {
                keys.next(corpus.metadata(i));
            }
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            long generating = 0;
            long words = 0;
            long chars = 0;
            long titleWords = 0;
            long tagRows = 0;
            try (PreparedStatement sources = connection.prepareStatement("""
                            INSERT INTO source (id, citation_key, title, outlet, authors, url, canonical_url_sha256,
                                published_date, language, notes, reliability, credibility, body, body_sha256,
                                current_version, added_by, captured_at, updated_at, first_cited_at, version)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'en', NULL, ?, ?, ?, ?, 1, ?, ?, ?, NULL, 0)
                            """);
                    PreparedStatement versions = connection.prepareStatement("""
                            INSERT INTO source_version (id, source_id, number, body, body_sha256, created_by, created_at)
                            VALUES (?, ?, 1, ?, ?, ?, ?)
                            """);
                    PreparedStatement tags =
                            connection.prepareStatement("INSERT INTO source_tag (source_id, tag) VALUES (?, ?)")) {
                for (int i = start; i < target; i++) {
                    long t0 = System.nanoTime();
                    SourceCorpus.Metadata m = corpus.metadata(i);
                    String body = corpus.body(i);
                    String key = keys.next(m);
                    validate(i, key, m, body);
                    String fingerprint = BodyText.fingerprint(body);
                    String urlHash = m.url() == null
                            ? null
                            : Sha256.hex(UrlCanonicalizer.canonicalize(m.url()).orElseThrow());
                    generating += System.nanoTime() - t0;
                    words += body.split("\\s+").length;
                    chars += body.length();
                    titleWords += m.title().split(" ").length;

                    long id = i + 1L;
                    int p = 1;
                    sources.setLong(p++, id);
                    sources.setString(p++, key);
                    sources.setString(p++, m.title());
                    sources.setString(p++, m.outlet());
                    sources.setString(p++, m.authors());
                    sources.setString(p++, m.url());
                    sources.setString(p++, urlHash);
                    sources.setObject(p++, m.publishedDate());
                    if (m.reliability() == null) {
                        sources.setNull(p++, Types.CHAR);
                    } else {
                        sources.setString(p++, m.reliability().toString());
                    }
                    if (m.credibility() == null) {
                        sources.setNull(p++, Types.INTEGER);
                    } else {
                        sources.setInt(p++, m.credibility());
                    }
                    sources.setString(p++, body);
                    sources.setString(p++, fingerprint);
                    sources.setString(p++, ADDED_BY);
                    sources.setObject(p++, m.capturedAt());
                    sources.setObject(p, m.capturedAt());
                    sources.addBatch();

                    versions.setLong(1, id);
                    versions.setLong(2, id);
                    versions.setString(3, body);
                    versions.setString(4, fingerprint);
                    versions.setString(5, ADDED_BY);
                    versions.setObject(6, m.capturedAt());
                    versions.addBatch();

                    for (String tag : m.tags()) {
                        tags.setLong(1, id);
                        tags.setString(2, tag);
                        tags.addBatch();
                        tagRows++;
                    }
                    if ((i + 1) % BATCH == 0 || i + 1 == target) {
                        sources.executeBatch();
                        versions.executeBatch();
                        tags.executeBatch();
                        connection.commit();
                        if ((i + 1) % 10_000 == 0) {
                            System.out.printf(
                                    "  loaded %,d sources in %.1f s%n",
                                    i + 1 - start, (System.nanoTime() - started) / 1e9);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Result(before, target - start, seconds, generating / 1e9, words, chars, titleWords, tagRows);
        }
    }

    /** The generated data must be what the service itself would accept and store unchanged. */
    private static void validate(int index, String key, SourceCorpus.Metadata m, String body) {
        if (!CitationKeys.isValid(key)) {
            throw new IllegalStateException("Generated citation key " + key + " is not valid");
        }
        SourceDraft draft = new SourceDraft(
                null,
                m.title(),
                m.outlet(),
                m.authors(),
                m.url(),
                m.publishedDate(),
                "en",
                Set.copyOf(m.tags()),
                null,
                new Grade(m.reliability(), m.credibility()),
                body);
        Map<String, String> problems = SourceRules.problems(draft);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Generated source " + index + " is not acceptable: " + problems);
        }
        if (!BodyText.normalize(body).equals(body)
                || !BodyText.normalize(m.title()).equals(m.title())) {
            throw new IllegalStateException("Generated source " + index + " is not in normal form");
        }
        for (String tag : m.tags()) {
            if (!SourceRules.normalizeTag(tag).equals(tag)) {
                throw new IllegalStateException("Generated tag " + tag + " is not in normal form");
            }
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
