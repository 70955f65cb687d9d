package org.briefdesk.briefing;

import java.util.List;
import org.briefdesk.citation.Finding;
import org.briefdesk.citation.RenderResult;
import org.briefdesk.citation.Severity;

/** The live preview and the checks panel for a text. */
public record CheckReport(RenderResult preview, List<Finding> findings) {

    public CheckReport {
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
    }

    public long count(Severity severity) {
        return findings.stream()
                .filter(finding -> finding.severity() == severity)
                .count();
    }
}
