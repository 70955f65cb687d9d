package org.briefdesk.briefing;

import java.time.Instant;
import java.util.List;
import org.briefdesk.marking.Tlp;
import org.briefdesk.tradecraft.KeyJudgment;
import org.briefdesk.tradecraft.Yardstick;
import org.jspecify.annotations.Nullable;

/**
 * What an edition is made of: the approved revision's text, marking and key judgments (with the
 * editor's note on why they changed since the last edition), the sources it cites at the versions
 * its citations were pinned to, and who publishes it when. {@code authors} are display names, owner
 * first.
 */
public record PublicationRequest(
        long briefingId,
        String slug,
        String title,
        @Nullable String summary,
        Audience audience,
        List<String> authors,
        List<String> tags,
        long revisionId,
        String body,
        List<PinnedCitation> citations,
        String publisher,
        Instant publishedAt,
        Tlp tlp,
        Yardstick yardstick,
        List<KeyJudgment> judgments,
        @Nullable String judgmentNote) {

    public PublicationRequest {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        citations = List.copyOf(citations);
        judgments = List.copyOf(judgments);
    }

    /** A source the text cites, at the version the citation was pinned to (none if it did not resolve). */
    public record PinnedCitation(String sourceKey, @Nullable Integer sourceVersion) {}
}
