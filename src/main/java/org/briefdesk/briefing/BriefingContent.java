package org.briefdesk.briefing;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A validated, normalised draft: what a briefing and its revision store. */
record BriefingContent(
        String title,
        @Nullable String summary,
        String body,
        Audience audience,
        Set<String> tags,
        Set<String> coAuthors) {}
