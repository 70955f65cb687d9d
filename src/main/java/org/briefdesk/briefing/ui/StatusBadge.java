package org.briefdesk.briefing.ui;

import com.vaadin.flow.component.html.Span;
import org.briefdesk.briefing.BriefingStatus;

/** The status of a briefing as a small badge. */
final class StatusBadge {

    private StatusBadge() {}

    static Span of(BriefingStatus status) {
        Span badge = new Span(status.label());
        badge.addClassNames("bd-badge", "bd-status-" + status.name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }
}
