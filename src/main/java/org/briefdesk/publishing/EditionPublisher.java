package org.briefdesk.publishing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.base.Sha256;
import org.briefdesk.briefing.PublicationRequest;
import org.briefdesk.briefing.Publisher;
import org.briefdesk.citation.MarkdownPipeline;
import org.briefdesk.citation.RenderLimits;
import org.briefdesk.citation.RenderResult;
import org.briefdesk.citation.SourceInfo;
import org.briefdesk.citation.SourceLookup;
import org.briefdesk.source.AuthorNames;
import org.briefdesk.source.SourceDetails;
import org.briefdesk.source.SourceService;
import org.briefdesk.source.SourceVersionDetails;
import org.briefdesk.tradecraft.KeyJudgment;
import org.briefdesk.tradecraft.KeyJudgments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Freezes editions for the review workflow: renders the approved text against the exact source
 * versions its citations were pinned to, writes both Markdown exports and stores it all once.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class EditionPublisher implements Publisher {

    private static final Logger log = LoggerFactory.getLogger(EditionPublisher.class);

    private final EditionRepository editions;
    private final EditionSourceRepository editionSources;
    private final EditionRetractionRepository retractions;
    private final SourceService sources;
    private final EditionCache cache;
    private final AuditLog auditLog;
    private final MarkdownPipeline pipeline = new MarkdownPipeline(RenderLimits.defaults());

    EditionPublisher(
            EditionRepository editions,
            EditionSourceRepository editionSources,
            EditionRetractionRepository retractions,
            SourceService sources,
            EditionCache cache,
            AuditLog auditLog) {
        this.auditLog = auditLog;
        this.editions = editions;
        this.editionSources = editionSources;
        this.retractions = retractions;
        this.sources = sources;
        this.cache = cache;
    }

    @Override
    public int publish(PublicationRequest request) {
        Map<String, Pinned> pinned = pin(request.citations());
        String text = KeyJudgments.withBody(request.yardstick(), request.judgments(), request.body());
        RenderResult rendered = pipeline.render(text, new PinnedLookup(pinned));
        if (!rendered.ok()) {
            throw new ActionRefusedException("The text cannot be published: " + rendered.problem());
        }
        List<ExportSource> cited = new ArrayList<>();
        int number = 1;
        for (String key : rendered.numberedKeys()) {
            Pinned source = pinned.get(key);
            if (source == null) {
                throw new ActionRefusedException("The citation [@" + key + "] does not resolve to a stored source.");
            }
            cited.add(new ExportSource(
                    number++,
                    key,
                    source.version().number(),
                    source.version().bodySha256(),
                    source.details().title(),
                    source.details().outlet(),
                    source.details().authors(),
                    source.details().url(),
                    source.details().publishedDate(),
                    source.details().capturedAt(),
                    source.details().grade().label()));
        }
        int next = editions.maxNumber(request.briefingId()) + 1;
        ExportEdition content = new ExportEdition(
                request.title(),
                request.slug(),
                next,
                request.publishedAt(),
                request.authors(),
                request.tags(),
                request.summary(),
                request.body(),
                cited,
                request.tlp(),
                request.yardstick(),
                request.judgments());
        String portable = MarkdownExport.portable(content);
        String pandoc = MarkdownExport.pandoc(content);
        Edition edition = editions.saveAndFlush(new Edition(
                request.briefingId(),
                request.slug(),
                next,
                request.revisionId(),
                content,
                request.audience(),
                request.publisher(),
                rendered.html() + KeyJudgments.singleSourceNote(request.judgments()),
                portable,
                pandoc,
                Sha256.hex(portable),
                request.judgmentNote()));
        for (ExportSource source : cited) {
            editionSources.save(new EditionSource(edition.id(), source));
        }
        cache.evictAfterCommit(request.slug());
        auditLog.record(
                AuditEvent.PUBLISHED,
                request.publisher(),
                "briefing:" + request.slug(),
                "edition " + next + " (" + request.audience().name().toLowerCase(java.util.Locale.ROOT)
                        + "), export SHA-256 " + edition.toFrozen().exportSha256());
        log.info("Briefing {}: edition {} published by {}", request.slug(), next, request.publisher());
        return next;
    }

    @Override
    public Optional<List<KeyJudgment>> latestJudgments(long briefingId) {
        List<Edition> published = editions.findByBriefingIdOrderByNumber(briefingId);
        return published.isEmpty()
                ? Optional.empty()
                : Optional.of(published.getLast().judgments());
    }

    @Override
    public void retract(long briefingId, String reason, String retractedBy, Instant retractedAt) {
        List<Edition> published = editions.findByBriefingIdOrderByNumber(briefingId);
        if (published.isEmpty()) {
            throw new ActionRefusedException("This briefing has no published edition to retract.");
        }
        if (retractions.findByBriefingId(briefingId).isPresent()) {
            throw new ActionRefusedException("This briefing is retracted already.");
        }
        String slug = published.getFirst().slug();
        retractions.save(new EditionRetraction(briefingId, slug, reason, retractedBy, retractedAt));
        cache.evictAfterCommit(slug);
        auditLog.record(AuditEvent.RETRACTED, retractedBy, "briefing:" + slug, reason);
        log.info("Briefing {}: retracted by {}", slug, retractedBy);
    }

    private record Pinned(SourceDetails details, SourceVersionDetails version) {}

    /** Each cited key at its pinned version: the earliest version any of its citations was pinned to. */
    private Map<String, Pinned> pin(List<PublicationRequest.PinnedCitation> citations) {
        Map<String, Integer> versions = new LinkedHashMap<>();
        for (PublicationRequest.PinnedCitation citation : citations) {
            if (citation.sourceVersion() == null) {
                throw new ActionRefusedException(
                        "The citation [@" + citation.sourceKey() + "] does not resolve to a stored source.");
            }
            versions.merge(citation.sourceKey(), citation.sourceVersion(), Math::min);
        }
        Map<String, Pinned> pinned = new LinkedHashMap<>();
        versions.forEach((key, number) -> {
            SourceDetails details = sources.findByKey(key)
                    .orElseThrow(() -> new ActionRefusedException("The source @" + key + " is no longer stored."));
            if (details.textMissing()) {
                throw new ActionRefusedException(
                        "@" + key + ": text missing. Add its text to the source before publishing.");
            }
            // Pinned at 0: cited while its text was missing, so the text it has is its first.
            int first = Math.max(1, number);
            SourceVersionDetails version = sources.version(key, first)
                    .orElseThrow(() -> new ActionRefusedException(
                            "Version " + first + " of the source @" + key + " is no longer stored."));
            pinned.put(key, new Pinned(details, version));
        });
        return pinned;
    }

    /** The pipeline's view of the sources, fixed at the pinned versions. */
    private record PinnedLookup(Map<String, Pinned> pinned) implements SourceLookup {

        @Override
        public Optional<SourceInfo> find(String key) {
            return Optional.ofNullable(pinned.get(key))
                    .map(source -> new SourceInfo(
                            key,
                            source.details().title(),
                            AuthorNames.readable(source.details().authors()),
                            source.details().outlet(),
                            source.details().publishedDate(),
                            source.details().url(),
                            source.details().capturedAt(),
                            source.details().grade().label(),
                            source.version().number(),
                            source.version().body()));
        }

        @Override
        public List<SourceInfo> candidatesContaining(String quotation) {
            return List.of();
        }
    }
}
