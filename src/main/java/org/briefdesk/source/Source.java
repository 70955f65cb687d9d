package org.briefdesk.source;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.briefdesk.index.SearchAnalysis;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

/** A source article; its current text is indexed for full-text search. */
@Entity
@Table(name = "source")
@Indexed(index = "source")
class Source {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "citation_key", nullable = false, length = 80)
    @KeywordField(name = "key", projectable = Projectable.YES)
    private String citationKey;

    @Column(name = "title", nullable = false, length = 500)
    @FullTextField(analyzer = SearchAnalysis.ENGLISH, highlightable = Highlightable.ANY, projectable = Projectable.YES)
    private String title;

    @Column(name = "outlet", length = 200)
    @FullTextField(analyzer = SearchAnalysis.ENGLISH)
    @KeywordField(name = "outlet_exact", normalizer = SearchAnalysis.EXACT)
    private @Nullable String outlet;

    @Column(name = "authors", length = 500)
    @FullTextField(analyzer = SearchAnalysis.ENGLISH)
    private @Nullable String authors;

    @Column(name = "url", length = 2000)
    private @Nullable String url;

    @Column(name = "canonical_url_sha256", columnDefinition = "CHAR(64)")
    private @Nullable String canonicalUrlSha256;

    @Column(name = "published_date")
    @GenericField(sortable = Sortable.YES)
    private @Nullable LocalDate publishedDate;

    @Column(name = "language", length = 16)
    private @Nullable String language;

    @Column(name = "notes", columnDefinition = "TEXT")
    private @Nullable String notes;

    @Column(name = "reliability", length = 1)
    private @Nullable Character reliability;

    @Column(name = "credibility")
    private @Nullable Integer credibility;

    /** Lower case, without the resolver's prefix: see {@link Doi}. */
    @Column(name = "doi", length = 255)
    private @Nullable String doi;

    /** Null: unmarked, which counts as TLP:CLEAR. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "tlp", length = 16)
    private org.briefdesk.marking.@Nullable Tlp tlp;

    @Column(name = "body", nullable = false, columnDefinition = "MEDIUMTEXT")
    @FullTextField(
            analyzer = SearchAnalysis.ENGLISH,
            highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    private String body;

    /** Null while the text is missing. */
    @Column(name = "body_sha256", columnDefinition = "CHAR(64)")
    private @Nullable String bodySha256;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;

    @Column(name = "captured_at", nullable = false)
    @GenericField(sortable = Sortable.YES)
    private Instant capturedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "first_cited_at")
    private @Nullable Instant firstCitedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "source_tag", joinColumns = @JoinColumn(name = "source_id"))
    @Column(name = "tag", nullable = false, length = 64)
    @FullTextField(name = "tags_text", analyzer = SearchAnalysis.ENGLISH)
    @KeywordField(name = "tags", normalizer = SearchAnalysis.EXACT)
    private Set<String> tags = new LinkedHashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Source() {}

    /** A source with version 1 of its text, or with no version while {@code body} is empty (text missing). */
    Source(
            String citationKey,
            SourceMetadata metadata,
            String body,
            @Nullable String bodySha256,
            String addedBy,
            Instant now) {
        this.citationKey = citationKey;
        this.title = metadata.title();
        this.body = body;
        this.bodySha256 = bodySha256;
        this.currentVersion = bodySha256 == null ? 0 : 1;
        this.addedBy = addedBy;
        this.capturedAt = now;
        this.updatedAt = now;
        apply(metadata, now);
    }

    void apply(SourceMetadata metadata, Instant now) {
        this.title = metadata.title();
        this.outlet = metadata.outlet();
        this.authors = metadata.authors();
        this.url = metadata.url();
        this.canonicalUrlSha256 = metadata.canonicalUrlSha256();
        this.publishedDate = metadata.publishedDate();
        this.language = metadata.language();
        this.notes = metadata.notes();
        this.reliability = metadata.grade().reliability();
        this.credibility = metadata.grade().credibility();
        this.tlp = metadata.tlp();
        this.doi = metadata.doi();
        this.tags.clear();
        this.tags.addAll(metadata.tags());
        this.updatedAt = now;
    }

    void newBody(String body, String bodySha256, int versionNumber, Instant now) {
        this.body = body;
        this.bodySha256 = bodySha256;
        this.currentVersion = versionNumber;
        this.updatedAt = now;
    }

    void rekey(String citationKey) {
        this.citationKey = citationKey;
    }

    void markCited(Instant now) {
        if (firstCitedAt == null) {
            firstCitedAt = now;
        }
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Source not saved yet");
        }
        return id;
    }

    String citationKey() {
        return citationKey;
    }

    String title() {
        return title;
    }

    @Nullable
    String outlet() {
        return outlet;
    }

    @Nullable
    String authors() {
        return authors;
    }

    @Nullable
    String url() {
        return url;
    }

    @Nullable
    LocalDate publishedDate() {
        return publishedDate;
    }

    @Nullable
    String language() {
        return language;
    }

    @Nullable
    String notes() {
        return notes;
    }

    org.briefdesk.marking.@Nullable Tlp tlp() {
        return tlp;
    }

    Grade grade() {
        return new Grade(reliability, credibility);
    }

    @Nullable
    String doi() {
        return doi;
    }

    String body() {
        return body;
    }

    @Nullable
    String bodySha256() {
        return bodySha256;
    }

    int currentVersion() {
        return currentVersion;
    }

    String addedBy() {
        return addedBy;
    }

    Instant capturedAt() {
        return capturedAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    @Nullable
    Instant firstCitedAt() {
        return firstCitedAt;
    }

    boolean isCited() {
        return firstCitedAt != null;
    }

    Set<String> tags() {
        return new TreeSet<>(tags);
    }

    long entityVersion() {
        return version;
    }
}
