package org.briefdesk.briefing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.briefdesk.index.SearchAnalysis;
import org.briefdesk.marking.Tlp;
import org.briefdesk.tradecraft.KeyJudgment;
import org.briefdesk.tradecraft.KeyJudgments;
import org.briefdesk.tradecraft.Yardstick;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "briefing")
@Indexed(index = "briefing")
class Briefing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "slug", nullable = false, length = 120)
    private String slug;

    @Column(name = "title", nullable = false, length = 300)
    @FullTextField(analyzer = SearchAnalysis.ENGLISH, highlightable = Highlightable.ANY)
    private String title;

    @Column(name = "summary", length = 1000)
    @FullTextField(analyzer = SearchAnalysis.ENGLISH, highlightable = Highlightable.ANY)
    private @Nullable String summary;

    @Column(name = "body", nullable = false, columnDefinition = "MEDIUMTEXT")
    @FullTextField(
            analyzer = SearchAnalysis.ENGLISH,
            highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false, length = 16)
    @KeywordField
    private Audience audience;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    @KeywordField
    private BriefingStatus status;

    @Column(name = "edition", nullable = false)
    private int edition;

    @Column(name = "owner_username", nullable = false, length = 64)
    private String owner;

    @Column(name = "current_revision_id")
    private @Nullable Long currentRevisionId;

    @Column(name = "reviewer_username", length = 64)
    private @Nullable String reviewer;

    @Column(name = "approved_revision_id")
    private @Nullable Long approvedRevisionId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "briefing_tag", joinColumns = @JoinColumn(name = "briefing_id"))
    @Column(name = "tag", nullable = false, length = 64)
    @KeywordField(normalizer = SearchAnalysis.EXACT)
    private Set<String> tags = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "briefing_coauthor", joinColumns = @JoinColumn(name = "briefing_id"))
    @Column(name = "username", nullable = false, length = 64)
    private Set<String> coAuthors = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "tlp", nullable = false, length = 16)
    private Tlp tlp;

    @Enumerated(EnumType.STRING)
    @Column(name = "yardstick", nullable = false, length = 16)
    private Yardstick yardstick;

    /** One per line, see {@link KeyJudgments#encode}. */
    @Column(name = "key_judgments", columnDefinition = "TEXT")
    private @Nullable String keyJudgments;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @GenericField(sortable = Sortable.YES)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Briefing() {}

    Briefing(String slug, String owner, Instant now) {
        this.slug = slug;
        this.owner = owner;
        this.title = "";
        this.body = "";
        this.audience = Audience.INTERNAL;
        this.status = BriefingStatus.DRAFT;
        this.edition = 1;
        this.tlp = Tlp.CLEAR;
        this.yardstick = Yardstick.ICD_203;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void apply(BriefingContent content, Instant now) {
        this.title = content.title();
        this.summary = content.summary();
        this.body = content.body();
        this.audience = content.audience();
        this.tags.clear();
        this.tags.addAll(content.tags());
        this.coAuthors.clear();
        this.coAuthors.addAll(content.coAuthors());
        this.tlp = content.tlp();
        this.yardstick = content.yardstick();
        this.keyJudgments = content.judgments().isEmpty() ? null : KeyJudgments.encode(content.judgments());
        this.updatedAt = now;
    }

    void setCurrentRevision(long revisionId) {
        this.currentRevisionId = revisionId;
    }

    void moveTo(BriefingStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    /** The edition being written: the number of the one just published, or of the next one after a revise. */
    void startEdition(int edition) {
        this.edition = edition;
    }

    void assignReviewer(@Nullable String reviewer) {
        this.reviewer = reviewer;
    }

    void approve(@Nullable Long revisionId) {
        this.approvedRevisionId = revisionId;
    }

    @Nullable
    String reviewer() {
        return reviewer;
    }

    @Nullable
    Long approvedRevisionId() {
        return approvedRevisionId;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Briefing not saved yet");
        }
        return id;
    }

    String slug() {
        return slug;
    }

    String title() {
        return title;
    }

    @Nullable
    String summary() {
        return summary;
    }

    String body() {
        return body;
    }

    Audience audience() {
        return audience;
    }

    BriefingStatus status() {
        return status;
    }

    int edition() {
        return edition;
    }

    String owner() {
        return owner;
    }

    @Nullable
    Long currentRevisionId() {
        return currentRevisionId;
    }

    Set<String> tags() {
        return new TreeSet<>(tags);
    }

    Set<String> coAuthors() {
        return new TreeSet<>(coAuthors);
    }

    Tlp tlp() {
        return tlp;
    }

    Yardstick yardstick() {
        return yardstick;
    }

    List<KeyJudgment> judgments() {
        return KeyJudgments.decode(keyJudgments);
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    /** Its owner and co-authors, in the search index: who works on it besides the editors. */
    @KeywordField(name = "people")
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "owner")),
                @ObjectPath(@PropertyValue(propertyName = "coAuthors"))
            })
    Set<String> getPeople() {
        Set<String> people = new LinkedHashSet<>(coAuthors);
        people.add(owner);
        return people;
    }

    boolean isAuthor(String username) {
        return owner.equals(username) || coAuthors.contains(username);
    }
}
