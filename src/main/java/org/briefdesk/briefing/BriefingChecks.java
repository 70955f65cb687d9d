package org.briefdesk.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.citation.CitationGroup;
import org.briefdesk.citation.CitationRef;
import org.briefdesk.citation.CitedText;
import org.briefdesk.citation.Finding;
import org.briefdesk.citation.MarkdownPipeline;
import org.briefdesk.citation.QuotationChecker;
import org.briefdesk.citation.RenderLimits;
import org.briefdesk.citation.RenderResult;
import org.briefdesk.citation.Severity;
import org.briefdesk.marking.MarkingRule;
import org.briefdesk.marking.Tlp;
import org.briefdesk.security.CurrentUser;
import org.briefdesk.security.Role;
import org.briefdesk.source.SourceDetails;
import org.briefdesk.source.SourceService;
import org.briefdesk.tradecraft.JudgmentCheck;
import org.briefdesk.tradecraft.KeyJudgment;
import org.briefdesk.tradecraft.KeyJudgments;
import org.briefdesk.tradecraft.LanguageCheck;
import org.briefdesk.tradecraft.Yardstick;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checks that tie a briefing's text to the stored sources (PRODUCT section 3), and its preview:
 * citations that resolve, quotations found word for word in the cited versions, sources changed
 * since they were cited, the tradecraft of the briefing's own words and key judgments, and its TLP
 * marking against the sources it cites. With a briefing id, citations are compared with the source
 * versions its current revision pinned, for a caller who may open it.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class BriefingChecks {

    private static final int REASON_MAX = 1000;

    private final BriefingRepository briefings;
    private final RevisionCitationRepository citations;
    private final AcceptedFindingRepository acceptedFindings;
    private final SourceService sourceService;
    private final BriefingAccess access;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final java.time.Clock clock;
    private final MarkdownPipeline pipeline = new MarkdownPipeline(RenderLimits.defaults());

    BriefingChecks(
            BriefingRepository briefings,
            RevisionCitationRepository citations,
            AcceptedFindingRepository acceptedFindings,
            SourceService sourceService,
            BriefingAccess access,
            CurrentUser currentUser,
            AuditLog auditLog,
            java.time.Clock clock) {
        this.briefings = briefings;
        this.citations = citations;
        this.acceptedFindings = acceptedFindings;
        this.sourceService = sourceService;
        this.access = access;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A briefing's marking, audience, yardstick and key judgments: what the text is checked with. */
    private record Tradecraft(
            @Nullable Tlp tlp,
            boolean publicAudience,
            @Nullable Yardstick yardstick,
            List<KeyJudgment> judgments) {

        static final Tradecraft NONE = new Tradecraft(null, false, null, List.of());

        static Tradecraft of(Briefing briefing) {
            return new Tradecraft(
                    briefing.tlp(), briefing.audience() == Audience.PUBLIC, briefing.yardstick(), briefing.judgments());
        }
    }

    /** The preview and the checks of a text being written, with the briefing's stored judgments. */
    public CheckReport check(@Nullable Long briefingId, String markdown) {
        if (briefingId == null) {
            return check(null, markdown, Tradecraft.NONE);
        }
        Briefing briefing = requireVisible(briefingId);
        return check(briefing, markdown, Tradecraft.of(briefing));
    }

    /** The preview and the checks of a draft being written: its text, marking and key judgments. */
    public CheckReport check(@Nullable Long briefingId, BriefingDraft draft) {
        Briefing briefing = briefingId == null ? null : requireVisible(briefingId);
        Tradecraft stored = briefing == null ? Tradecraft.NONE : Tradecraft.of(briefing);
        Tradecraft drafted = new Tradecraft(
                draft.tlp() != null ? draft.tlp() : stored.tlp(),
                draft.audience() == Audience.PUBLIC,
                draft.yardstick() != null ? draft.yardstick() : stored.yardstick(),
                draft.judgments() != null ? draft.judgments() : stored.judgments());
        return check(briefing, draft.body(), drafted);
    }

    private CheckReport check(@Nullable Briefing briefing, String markdown, Tradecraft tradecraft) {
        Map<String, Integer> pinned = briefing == null ? Map.of() : pinnedVersions(briefing);
        // One query per cited key serves both the preview and the checks.
        BriefingSourceLookup lookup = new BriefingSourceLookup(sourceService);
        CitedText text = CitedText.of(markdown);
        List<Finding> findings = findings(text, lookup, pinned, tradecraft.yardstick());
        RenderResult preview;
        if (tradecraft.judgments().isEmpty() || tradecraft.yardstick() == null) {
            preview = pipeline.render(text, lookup);
        } else {
            findings.addAll(JudgmentCheck.check(tradecraft.yardstick(), tradecraft.judgments(), lookup));
            preview = withSingleSourceNote(
                    pipeline.render(
                            KeyJudgments.withBody(tradecraft.yardstick(), tradecraft.judgments(), markdown), lookup),
                    tradecraft.judgments());
        }
        if (tradecraft.tlp() != null) {
            findings.addAll(markingFindings(text, tradecraft, lookup));
        }
        findings.sort(Comparator.comparing((Finding finding) -> finding.judgment() != null)
                .thenComparingInt(Finding::start));
        return new CheckReport(
                preview, findings, briefing == null ? Map.of() : accepted(briefing, findings, markdown, tradecraft));
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
        Briefing briefing = requireVisible(briefingId);
        Map<String, Integer> pinned = pinnedVersions(briefing);
        BriefingSourceLookup lookup = new BriefingSourceLookup(sourceService);
        return texts.stream()
                .map(text -> findings(CitedText.of(text), lookup, pinned, briefing.yardstick()))
                .toList();
    }

    /** Whether the current revision may be submitted for review: its checks have no errors. */
    public boolean maySubmit(long briefingId) {
        Briefing briefing = requireVisible(briefingId);
        return briefing.status().editable()
                && !check(briefingId, briefing.body()).hasErrors();
    }

    /**
     * Records that a warning is accepted for this briefing, and why; {@code selected} is the text the
     * finding selects. Authors of the briefing and editors may accept; errors cannot be accepted.
     */
    @Transactional
    public void accept(long briefingId, Finding finding, String selected, String reason) {
        Briefing briefing = requireVisible(briefingId);
        String me = currentUser.requireUsername();
        if (!briefing.isAuthor(me) && !currentUser.hasRole(Role.EDITOR)) {
            throw new ActionRefusedException("Only the briefing's authors and the editors accept its findings.");
        }
        if (finding.severity() != Severity.WARNING) {
            throw new ActionRefusedException("Only warnings can be accepted: an error has to be fixed.");
        }
        String why = reason.strip();
        if (why.isEmpty()) {
            throw new ActionRefusedException("Say why the warning does not apply: a reason is required.");
        }
        BriefingRules.noteProblem(why, REASON_MAX).ifPresent(problem -> {
            throw new ActionRefusedException("The reason: " + problem);
        });
        AcceptedFinding accepted = new AcceptedFinding(briefingId, finding, selected, why, me, clock.instant());
        if (acceptedFindings.existsByBriefingIdAndFingerprint(briefingId, accepted.fingerprint())) {
            return;
        }
        acceptedFindings.save(accepted);
        auditLog.record(
                AuditEvent.FINDING_ACCEPTED, me, "briefing:" + briefing.slug(), finding.message() + " Reason: " + why);
    }

    /**
     * Why a briefing marked {@code marking} for {@code audience} may not be published citing these
     * sources (TLP 2.0, see {@link MarkingRule}), naming the sources; empty if it may.
     */
    public java.util.Optional<String> markingProblem(Tlp marking, Audience audience, List<String> keys) {
        BriefingSourceLookup lookup = new BriefingSourceLookup(sourceService);
        List<MarkingRule.Cited> cited = new LinkedHashSet<>(keys)
                .stream()
                        .map(lookup::details)
                        .flatMap(java.util.Optional::stream)
                        .map(source -> new MarkingRule.Cited(source.title(), source.marking()))
                        .toList();
        return MarkingRule.problem(marking, audience == Audience.PUBLIC, cited);
    }

    private Map<Finding, CheckReport.Acceptance> accepted(
            Briefing briefing, List<Finding> findings, String markdown, Tradecraft tradecraft) {
        // Checks run at every pause in typing: ask the database only when there is a warning to match.
        if (findings.stream().noneMatch(finding -> finding.severity() == Severity.WARNING)) {
            return Map.of();
        }
        List<AcceptedFinding> stored = acceptedFindings.findByBriefingId(briefing.id());
        if (stored.isEmpty()) {
            return Map.of();
        }
        Map<String, CheckReport.Acceptance> byFingerprint = new HashMap<>();
        stored.forEach(accepted -> byFingerprint.put(accepted.fingerprint(), accepted.toAcceptance()));
        Map<Finding, CheckReport.Acceptance> accepted = new HashMap<>();
        for (Finding finding : findings) {
            CheckReport.Acceptance acceptance = byFingerprint.get(
                    AcceptedFinding.fingerprint(finding, selectedWords(finding, markdown, tradecraft.judgments())));
            if (acceptance != null && finding.severity() == Severity.WARNING) {
                accepted.put(finding, acceptance);
            }
        }
        return accepted;
    }

    /** The words a finding selects: in the text, or in its key judgment's sentence. */
    public static String selectedWords(Finding finding, String markdown, List<KeyJudgment> judgments) {
        String text = finding.judgment() == null
                ? markdown
                : judgments.stream()
                        .filter(judgment -> judgment.id().equals(finding.judgment()))
                        .map(KeyJudgment::text)
                        .findFirst()
                        .orElse("");
        int start = Math.clamp(finding.start(), 0, text.length());
        return text.substring(start, Math.clamp(finding.end(), start, text.length()));
    }

    private static List<Finding> findings(
            CitedText text, BriefingSourceLookup lookup, Map<String, Integer> pinned, @Nullable Yardstick yardstick) {
        List<Finding> findings = new ArrayList<>(QuotationChecker.check(text, lookup, pinned));
        findings.addAll(LanguageCheck.check(text, yardstick));
        findings.sort(Comparator.comparingInt(Finding::start));
        return findings;
    }

    /**
     * The marking against the sources cited in the text and the judgments: a warning now, a refusal
     * at Publish. It selects the first citation of a more restrictively marked source.
     */
    private static List<Finding> markingFindings(CitedText text, Tradecraft tradecraft, BriefingSourceLookup lookup) {
        Set<String> keys = new LinkedHashSet<>();
        tradecraft.judgments().forEach(judgment -> keys.addAll(KeyJudgments.sources(judgment)));
        text.groups().forEach(group -> group.refs().forEach(ref -> keys.add(ref.key())));
        List<MarkingRule.Cited> cited = new ArrayList<>();
        Set<String> stricter = new LinkedHashSet<>();
        for (String key : keys) {
            SourceDetails source = lookup.details(key).orElse(null);
            if (source != null) {
                cited.add(new MarkingRule.Cited(source.title(), source.marking()));
                if (source.marking().moreRestrictiveThan(tradecraft.tlp())) {
                    stricter.add(key);
                }
            }
        }
        return MarkingRule.problem(tradecraft.tlp(), tradecraft.publicAudience(), cited)
                .map(problem -> List.of(markingFinding(problem, text, tradecraft, stricter)))
                .orElse(List.of());
    }

    private static Finding markingFinding(String problem, CitedText text, Tradecraft tradecraft, Set<String> keys) {
        for (CitationGroup group : text.groups()) {
            if (group.refs().stream().map(CitationRef::key).anyMatch(keys::contains)) {
                return new Finding(Severity.WARNING, problem, group.start(), group.end(), null);
            }
        }
        for (KeyJudgment judgment : tradecraft.judgments()) {
            if (KeyJudgments.sources(judgment).stream().anyMatch(keys::contains)) {
                return new Finding(Severity.WARNING, problem, 0, judgment.text().length(), null, judgment.id());
            }
        }
        return new Finding(Severity.WARNING, problem, 0, 0, null);
    }

    /** The preview with the judgments resting on a single source named under the sourcing summary. */
    static RenderResult withSingleSourceNote(RenderResult rendered, List<KeyJudgment> judgments) {
        String note = KeyJudgments.singleSourceNote(judgments);
        return note.isEmpty() ? rendered : rendered.withHtml(rendered.html() + note);
    }

    /**
     * The source versions the briefing's current revision cites: the lowest where one key is cited
     * twice. A citation stored at version 0 was made while the source's text was missing: it pins
     * nothing yet, so the first text the source gets is the one cited, not a change.
     */
    static Map<String, Integer> pinnedVersions(Briefing briefing, RevisionCitationRepository citations) {
        Long current = briefing.currentRevisionId();
        if (current == null) {
            return Map.of();
        }
        Map<String, Integer> pinned = new HashMap<>();
        for (RevisionCitation citation : citations.findByRevisionIdOrderByPosition(current)) {
            if (citation.sourceVersion() != null && citation.sourceVersion() > 0) {
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
