package org.briefdesk.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.citation.CitedText;
import org.briefdesk.citation.Finding;
import org.briefdesk.citation.MarkdownPipeline;
import org.briefdesk.citation.QuotationChecker;
import org.briefdesk.citation.RenderLimits;
import org.briefdesk.source.SourceService;
import org.briefdesk.tradecraft.LanguageCheck;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checks that tie a briefing's text to the stored sources (PRODUCT section 3), and its preview:
 * citations that resolve, quotations found word for word in the cited versions, sources changed
 * since they were cited, and the tradecraft of the briefing's own words. With a briefing id,
 * citations are compared with the source versions its current revision pinned, for a caller who may
 * open it.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class BriefingChecks {

    private final BriefingRepository briefings;
    private final RevisionCitationRepository citations;
    private final SourceService sourceService;
    private final BriefingAccess access;
    private final MarkdownPipeline pipeline = new MarkdownPipeline(RenderLimits.defaults());

    BriefingChecks(
            BriefingRepository briefings,
            RevisionCitationRepository citations,
            SourceService sourceService,
            BriefingAccess access) {
        this.briefings = briefings;
        this.citations = citations;
        this.sourceService = sourceService;
        this.access = access;
    }

    /** The preview and the checks of a text being written. */
    public CheckReport check(@Nullable Long briefingId, String markdown) {
        Map<String, Integer> pinned = briefingId == null ? Map.of() : pinnedVersions(requireVisible(briefingId));
        // One scan of the text and one query per cited key serve both the preview and the checks.
        BriefingSourceLookup lookup = new BriefingSourceLookup(sourceService);
        CitedText text = CitedText.of(markdown);
        return new CheckReport(pipeline.render(text, lookup), findings(text, lookup, pinned));
    }

    /** The preview alone (for a text that is not the briefing's, such as one with marks in it). */
    public String preview(String markdown) {
        return pipeline.render(CitedText.of(markdown), new BriefingSourceLookup(sourceService))
                .html();
    }

    /**
     * The findings alone of several texts of one briefing (its passages as they would be, say): the
     * briefing, its pinned versions and each cited source are read once for all of them.
     */
    public List<List<Finding>> findings(long briefingId, List<String> texts) {
        Map<String, Integer> pinned = pinnedVersions(requireVisible(briefingId));
        BriefingSourceLookup lookup = new BriefingSourceLookup(sourceService);
        return texts.stream()
                .map(text -> findings(CitedText.of(text), lookup, pinned))
                .toList();
    }

    /** Whether the current revision may be submitted for review: its checks have no errors. */
    public boolean maySubmit(long briefingId) {
        Briefing briefing = requireVisible(briefingId);
        return briefing.status().editable()
                && !check(briefingId, briefing.body()).hasErrors();
    }

    private static List<Finding> findings(CitedText text, BriefingSourceLookup lookup, Map<String, Integer> pinned) {
        List<Finding> findings = new ArrayList<>(QuotationChecker.check(text, lookup, pinned));
        findings.addAll(LanguageCheck.check(text));
        findings.sort(Comparator.comparingInt(Finding::start));
        return findings;
    }

    /** The source versions the briefing's current revision cites: the lowest where one key is cited twice. */
    static Map<String, Integer> pinnedVersions(Briefing briefing, RevisionCitationRepository citations) {
        Long current = briefing.currentRevisionId();
        if (current == null) {
            return Map.of();
        }
        Map<String, Integer> pinned = new HashMap<>();
        for (RevisionCitation citation : citations.findByRevisionIdOrderByPosition(current)) {
            if (citation.sourceVersion() != null) {
                pinned.merge(citation.sourceKey(), citation.sourceVersion(), Math::min);
            }
        }
        return pinned;
    }

    private Map<String, Integer> pinnedVersions(Briefing briefing) {
        return pinnedVersions(briefing, citations);
    }

    private Briefing requireVisible(long briefingId) {
        return briefings
                .findById(briefingId)
                .filter(access::mayOpen)
                .orElseThrow(() -> new ActionRefusedException("No such briefing, or you may not open it."));
    }
}
