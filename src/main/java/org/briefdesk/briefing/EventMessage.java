package org.briefdesk.briefing;

import org.briefdesk.briefing.BriefingEvents.CommentsChanged;
import org.briefdesk.briefing.BriefingEvents.Event;
import org.briefdesk.briefing.BriefingEvents.PresenceChanged;
import org.briefdesk.briefing.BriefingEvents.Saved;
import org.briefdesk.briefing.BriefingEvents.SuggestionsChanged;
import org.briefdesk.briefing.BriefingEvents.Transitioned;
import org.jspecify.annotations.Nullable;

/** A {@link BriefingEvents.Event} as it travels to the other nodes: one flat record for every kind. */
record EventMessage(
        String kind,
        long briefingId,
        long revisionId,
        long threadId,
        @Nullable String user,
        @Nullable String userName) {

    static EventMessage of(Event event) {
        return switch (event) {
            case Transitioned t -> new EventMessage("transitioned", t.briefingId(), 0, 0, null, null);
            case Saved s -> new EventMessage("saved", s.briefingId(), s.revisionId(), 0, s.author(), s.authorName());
            case PresenceChanged p -> new EventMessage("presence", p.briefingId(), 0, 0, null, null);
            case CommentsChanged c -> new EventMessage("comments", c.briefingId(), 0, c.threadId(), c.actor(), null);
            case SuggestionsChanged c -> new EventMessage("suggestions", c.briefingId(), 0, 0, c.actor(), null);
        };
    }

    Event toEvent() {
        return switch (kind) {
            case "transitioned" -> new Transitioned(briefingId);
            case "saved" -> new Saved(briefingId, revisionId, required(user), required(userName));
            case "presence" -> new PresenceChanged(briefingId);
            case "comments" -> new CommentsChanged(briefingId, threadId, required(user));
            case "suggestions" -> new SuggestionsChanged(briefingId, required(user));
            default -> throw new IllegalArgumentException("Unknown briefing event: " + kind);
        };
    }

    private static String required(@Nullable String value) {
        if (value == null) {
            throw new IllegalArgumentException("A briefing event without its user");
        }
        return value;
    }
}
