package org.briefdesk.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.briefdesk.marking.Tlp;
import org.jspecify.annotations.Nullable;

/**
 * A source as its page shows it, with its current text. While the text is missing (a reference
 * imported without one) {@code body} is empty, {@code bodySha256} null and {@code currentVersion} 0.
 */
public record SourceDetails(
        String citationKey,
        String title,
        @Nullable String outlet,
        @Nullable String authors,
        @Nullable String url,
        @Nullable LocalDate publishedDate,
        @Nullable String language,
        List<String> tags,
        @Nullable String notes,
        Grade grade,
        String body,
        @Nullable String bodySha256,
        int currentVersion,
        String addedBy,
        Instant capturedAt,
        Instant updatedAt,
        boolean cited,
        @Nullable Tlp tlp,
        @Nullable String doi) {

    public SourceDetails {
        tags = List.copyOf(tags);
    }

    /** The source's TLP marking; an unmarked source counts as TLP:CLEAR (see {@link #marked()}). */
    public Tlp marking() {
        return tlp == null ? Tlp.CLEAR : tlp;
    }

    /** Whether someone marked the source, rather than it counting as TLP:CLEAR for want of a marking. */
    public boolean marked() {
        return tlp != null;
    }

    /** Whether the source waits for its text: it can be cited but not quoted or published from. */
    public boolean textMissing() {
        return bodySha256 == null;
    }

    /** The key can change until the source is first cited. */
    public boolean keyEditable() {
        return !cited;
    }
}
