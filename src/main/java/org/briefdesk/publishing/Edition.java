package org.briefdesk.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.briefdesk.briefing.Audience;
import org.briefdesk.index.SearchAnalysis;
import org.briefdesk.marking.Tlp;
import org.briefdesk.tradecraft.KeyJudgment;
import org.briefdesk.tradecraft.KeyJudgments;
import org.briefdesk.tradecraft.Yardstick;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.jspecify.annotations.Nullable;

/** A published edition: written once, never updated (Hibernate ignores changes to it). */
@Entity
@Immutable
@Table(name = "edition")
@Indexed(index = "edition")
class Edition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "briefing_id", nullable = false, updatable = false)
    private long briefingId;

    @Column(name = "slug", nullable = false, updatable = false, length = 120)
    private String slug;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "revision_id", nullable = false, updatable = false)
    private long revisionId;

    @Column(name = "title", nullable = false, updatable = false, length = 300)
    @FullTextField(analyzer = SearchAnalysis.ENGLISH, highlightable = Highlightable.ANY)
    private String title;

    @Column(name = "summary", updatable = false, length = 1000)
    @FullTextField(analyzer = SearchAnalysis.ENGLISH, highlightable = Highlightable.ANY)
    private @Nullable String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false, updatable = false, length = 16)
    private Audience audience;

    /** Display names, one a line, owner first. */
    @Column(name = "authors", nullable = false, updatable = false, length = 2000)
    private String authors;

    /** One a line. */
    @Column(name = "tags", nullable = false, updatable = false, length = 2000)
    @FullTextField(analyzer = SearchAnalysis.ENGLISH)
    private String tags;

    @Column(name = "published_at", nullable = false, updatable = false)
    @GenericField(sortable = Sortable.YES)
    private Instant publishedAt;

    @Column(name = "publisher", nullable = false, updatable = false, length = 64)
    private String publisher;

    @Column(name = "markdown", nullable = false, updatable = false, columnDefinition = "MEDIUMTEXT")
    @FullTextField(
            analyzer = SearchAnalysis.ENGLISH,
            highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    private String markdown;

    @Column(name = "html", nullable = false, updatable = false, columnDefinition = "MEDIUMTEXT")
    private String html;

    @Column(name = "portable_export", nullable = false, updatable = false, columnDefinition = "MEDIUMTEXT")
    private String portableExport;

    @Column(name = "pandoc_export", nullable = false, updatable = false, columnDefinition = "MEDIUMTEXT")
    private String pandocExport;

    @Enumerated(EnumType.STRING)
    @Column(name = "tlp", nullable = false, updatable = false, length = 16)
    private Tlp tlp;

    @Enumerated(EnumType.STRING)
    @Column(name = "yardstick", nullable = false, updatable = false, length = 16)
    private Yardstick yardstick;

    @Column(name = "key_judgments", updatable = false, columnDefinition = "TEXT")
    private @Nullable String keyJudgments;

    /** Why the key judgments changed since the previous edition, as the publishing editor said. */
    @Column(name = "judgment_note", updatable = false, length = 2000)
    private @Nullable String judgmentNote;

    @Column(name = "export_sha256", nullable = false, updatable = false, columnDefinition = "CHAR(64)")
    private String exportSha256;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Edition() {}

    Edition(
            long briefingId,
            String slug,
            int number,
            long revisionId,
            ExportEdition content,
            Audience audience,
            String publisher,
            String html,
            String portableExport,
            String pandocExport,
            String exportSha256,
            @Nullable String judgmentNote) {
        this.briefingId = briefingId;
        this.slug = slug;
        this.number = number;
        this.revisionId = revisionId;
        this.title = content.title();
        this.summary = content.summary();
        this.audience = audience;
        this.authors = String.join("\n", content.authors());
        this.tags = String.join("\n", content.tags());
        this.publishedAt = content.published();
        this.publisher = publisher;
        this.markdown = content.body();
        this.html = html;
        this.portableExport = portableExport;
        this.pandocExport = pandocExport;
        this.exportSha256 = exportSha256;
        this.tlp = content.tlp();
        this.yardstick = content.yardstick();
        this.keyJudgments = content.judgments().isEmpty() ? null : KeyJudgments.encode(content.judgments());
        this.judgmentNote = judgmentNote;
    }

    List<KeyJudgment> judgments() {
        return KeyJudgments.decode(keyJudgments);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Edition not saved yet");
        }
        return id;
    }

    String slug() {
        return slug;
    }

    int number() {
        return number;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    String title() {
        return title;
    }

    @Nullable
    String summary() {
        return summary;
    }

    Audience audience() {
        return audience;
    }

    String markdown() {
        return markdown;
    }

    FrozenEdition toFrozen() {
        return new FrozenEdition(
                briefingId,
                slug,
                number,
                title,
                summary,
                audience,
                lines(authors),
                lines(tags),
                publishedAt,
                publisher,
                html,
                portableExport,
                pandocExport,
                exportSha256,
                tlp,
                yardstick,
                judgments(),
                judgmentNote);
    }

    private static List<String> lines(String value) {
        return value.isEmpty()
                ? List.of()
                : Arrays.stream(value.split("\n")).filter(s -> !s.isBlank()).toList();
    }
}
