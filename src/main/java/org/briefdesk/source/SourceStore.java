package org.briefdesk.source;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.briefdesk.base.ActionRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores sources: duplicate checks, citation keys and versions. The unique constraints on the text
 * hash, the canonical URL and the key make the checks race-safe; a lost race is looked at again in
 * a fresh transaction and reported as the duplicate it is. No security here: {@link SourceService}
 * checks the caller first, and the demo seeder is trusted start-up code.
 */
@Component
class SourceStore {

    private static final Logger log = LoggerFactory.getLogger(SourceStore.class);
    private static final int KEY_ATTEMPTS = 50;

    private final SourceRepository sources;
    private final SourceVersionRepository versions;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SourceStore(
            SourceRepository sources,
            SourceVersionRepository versions,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.sources = sources;
        this.versions = versions;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Adds a source with version 1 of its text.
     *
     * @throws DuplicateSourceException when the text or the URL is already stored
     * @throws ActionRefusedException when the requested key is taken
     */
    SourceDetails add(SourceRules.Validated draft, String addedBy) {
        for (int attempt = 0; ; attempt++) {
            try {
                return transactions.execute(status -> insert(draft, addedBy));
            } catch (DataIntegrityViolationException raced) {
                // Someone stored the same text, URL or key between our check and our insert.
                transactions.executeWithoutResult(status -> refuseDuplicate(draft, null));
                if (draft.requestedKey() != null || attempt >= 3) {
                    throw new ActionRefusedException("The citation key is taken. Choose another.");
                }
                log.debug("Citation key collision, trying the next suffix", raced);
            }
        }
    }

    private SourceDetails insert(SourceRules.Validated draft, String addedBy) {
        refuseDuplicate(draft, null);
        var now = clock.instant();
        String key = draft.requestedKey() != null ? requireFreeKey(draft.requestedKey()) : freeKey(draft, now);
        Source source = sources.saveAndFlush(
                new Source(key, draft.metadata(), draft.body(), draft.fingerprint(), addedBy, now));
        String fingerprint = draft.fingerprint();
        if (fingerprint == null) {
            log.info("Source @{} added by {}, its text missing", key, addedBy);
            return toDetails(source);
        }
        versions.saveAndFlush(new SourceVersion(source.id(), 1, draft.body(), fingerprint, addedBy, now));
        log.info("Source @{} added by {}", key, addedBy);
        return toDetails(source);
    }

    /**
     * Changes a source. A changed text becomes a new version; the old ones stay readable. The key
     * changes only while the source is not cited.
     */
    SourceDetails update(String key, SourceRules.Validated draft, String editedBy) {
        try {
            return transactions.execute(status -> {
                Source source = sources.findByCitationKey(key)
                        .orElseThrow(() -> new ActionRefusedException("The source @" + key + " no longer exists."));
                refuseDuplicate(draft, source.id());
                var now = clock.instant();
                String requestedKey = draft.requestedKey();
                if (requestedKey != null && !requestedKey.equals(source.citationKey())) {
                    if (source.isCited()) {
                        throw new ActionRefusedException(
                                "The citation key of @" + key + " cannot change: briefings cite it by that key.");
                    }
                    source.rekey(requireFreeKey(requestedKey));
                }
                String fingerprint = draft.fingerprint();
                if (fingerprint == null && source.bodySha256() != null) {
                    throw new ActionRefusedException("Text: the text of @" + key + " cannot be removed; earlier"
                            + " versions and quotations rely on it. Paste the new text instead.");
                }
                source.apply(draft.metadata(), now);
                if (fingerprint != null && !fingerprint.equals(source.bodySha256())) {
                    int number = source.currentVersion() + 1;
                    versions.save(new SourceVersion(source.id(), number, draft.body(), fingerprint, editedBy, now));
                    source.newBody(draft.body(), fingerprint, number, now);
                    log.info("Source @{} has a new text, version {}, by {}", source.citationKey(), number, editedBy);
                }
                sources.flush();
                return toDetails(source);
            });
        } catch (DataIntegrityViolationException raced) {
            throw new ActionRefusedException(
                    "Someone else just stored the same text, URL, DOI or key. Reload the source and try again.");
        }
    }

    private void refuseDuplicate(SourceRules.Validated draft, @org.jspecify.annotations.Nullable Long exceptSourceId) {
        String fingerprint = draft.fingerprint();
        if (fingerprint != null) {
            refuseDuplicateText(fingerprint, exceptSourceId);
        } else if (exceptSourceId == null
                && draft.metadata().canonicalUrlSha256() == null
                && draft.metadata().doi() == null) {
            // Nothing else tells a reference without text or URL from another: its title and date.
            sources.findSameReference(draft.metadata().title(), draft.metadata().publishedDate()).stream()
                    .findFirst()
                    .ifPresent(other -> {
                        throw new DuplicateSourceException(other.citationKey(), other.title(), "same title and date");
                    });
        }
        String doi = draft.metadata().doi();
        if (doi != null) {
            sources.findByDoi(doi)
                    .filter(other -> exceptSourceId == null || other.id() != exceptSourceId)
                    .ifPresent(other -> {
                        throw new DuplicateSourceException(other.citationKey(), other.title(), "same DOI");
                    });
        }
        String urlHash = draft.metadata().canonicalUrlSha256();
        if (urlHash != null) {
            sources.findByCanonicalUrlSha256(urlHash)
                    .filter(other -> exceptSourceId == null || other.id() != exceptSourceId)
                    .ifPresent(other -> {
                        throw new DuplicateSourceException(other.citationKey(), other.title(), "same URL");
                    });
        }
    }

    private void refuseDuplicateText(String fingerprint, @org.jspecify.annotations.Nullable Long exceptSourceId) {
        sources.findByBodySha256(fingerprint)
                .filter(other -> exceptSourceId == null || other.id() != exceptSourceId)
                .ifPresent(other -> {
                    throw new DuplicateSourceException(other.citationKey(), other.title(), "same text");
                });
        versions.findByBodySha256(fingerprint).stream()
                .filter(version -> exceptSourceId == null || version.sourceId() != exceptSourceId)
                .findFirst()
                .flatMap(version -> sources.findById(version.sourceId()))
                .ifPresent(other -> {
                    throw new DuplicateSourceException(
                            other.citationKey(), other.title(), "same text as an earlier version");
                });
    }

    private String requireFreeKey(String key) {
        if (sources.existsByCitationKey(key)) {
            throw new ActionRefusedException("The citation key @" + key + " is taken. Choose another.");
        }
        return key;
    }

    private String freeKey(SourceRules.Validated draft, java.time.Instant now) {
        SourceMetadata metadata = draft.metadata();
        int year = metadata.publishedDate() != null
                ? metadata.publishedDate().getYear()
                : now.atZone(ZoneOffset.UTC).getYear();
        String base = CitationKeys.base(metadata.authors(), metadata.outlet(), year, metadata.title());
        for (int n = 1; n <= KEY_ATTEMPTS; n++) {
            String candidate = CitationKeys.candidate(base, n);
            if (!sources.existsByCitationKey(candidate)) {
                return candidate;
            }
        }
        throw new ActionRefusedException("Could not find a free citation key near @" + base + ". Enter one.");
    }

    Optional<Source> find(String key) {
        return sources.findByCitationKey(key);
    }

    static SourceDetails toDetails(Source source) {
        return new SourceDetails(
                source.citationKey(),
                source.title(),
                source.outlet(),
                source.authors(),
                source.url(),
                source.publishedDate(),
                source.language(),
                source.tags().stream().toList(),
                source.notes(),
                source.grade(),
                source.body(),
                source.bodySha256(),
                source.currentVersion(),
                source.addedBy(),
                source.capturedAt(),
                source.updatedAt(),
                source.isCited(),
                source.tlp(),
                source.doi());
    }
}
