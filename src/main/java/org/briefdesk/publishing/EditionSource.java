package org.briefdesk.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** A source as an edition cited it, copied at publication: later edits of the source change nothing here. */
@Entity
@Immutable
@Table(name = "edition_source")
class EditionSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "edition_id", nullable = false, updatable = false)
    private long editionId;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "source_key", nullable = false, updatable = false, length = 80)
    private String sourceKey;

    @Column(name = "source_version", nullable = false, updatable = false)
    private int sourceVersion;

    @Column(name = "sha256", nullable = false, updatable = false, columnDefinition = "CHAR(64)")
    private String sha256;

    @Column(name = "title", nullable = false, updatable = false, length = 500)
    private String title;

    @Column(name = "outlet", updatable = false, length = 200)
    private @Nullable String outlet;

    @Column(name = "authors", updatable = false, length = 500)
    private @Nullable String authors;

    @Column(name = "url", updatable = false, length = 2000)
    private @Nullable String url;

    @Column(name = "published_date", updatable = false)
    private @Nullable LocalDate publishedDate;

    @Column(name = "accessed_at", updatable = false)
    private @Nullable Instant accessedAt;

    @Column(name = "grade", nullable = false, updatable = false, length = 8)
    private String grade;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected EditionSource() {}

    EditionSource(long editionId, ExportSource source) {
        this.editionId = editionId;
        this.number = source.number();
        this.sourceKey = source.key();
        this.sourceVersion = source.version();
        this.sha256 = source.sha256();
        this.title = source.title();
        this.outlet = source.outlet();
        this.authors = source.authors();
        this.url = source.url();
        this.publishedDate = source.published();
        this.accessedAt = source.accessed();
        this.grade = source.grade();
    }
}
