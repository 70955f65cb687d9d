package org.briefdesk.briefing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.briefdesk.citation.Finding;
import org.briefdesk.citation.RenderResult;
import org.briefdesk.citation.Severity;
import org.jspecify.annotations.Nullable;

/**
 * The live preview and the checks panel for a text. Warnings an editor accepted are kept in
 * {@code accepted}, with the reason, and no longer counted.
 */
public record CheckReport(RenderResult preview, List<Finding> findings, Map<Finding, Acceptance> accepted) {

    /** Who accepted a warning, when and why. */
    public record Acceptance(String reason, String acceptedBy, Instant acceptedAt) {}

    public CheckReport {
        findings = List.copyOf(findings);
        accepted = Map.copyOf(accepted);
    }

    public CheckReport(RenderResult preview, List<Finding> findings) {
        this(preview, findings, Map.of());
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
    }

    /** The findings of this severity that nobody accepted. */
    public long count(Severity severity) {
        return findings.stream()
                .filter(finding -> finding.severity() == severity && !accepted.containsKey(finding))
                .count();
    }

    public @Nullable Acceptance acceptance(Finding finding) {
        return accepted.get(finding);
    }
}
