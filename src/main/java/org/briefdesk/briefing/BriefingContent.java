package org.briefdesk.briefing;

import java.util.List;
import java.util.Set;
import org.briefdesk.marking.Tlp;
import org.briefdesk.tradecraft.KeyJudgment;
import org.briefdesk.tradecraft.KeyJudgments;
import org.briefdesk.tradecraft.Yardstick;
import org.jspecify.annotations.Nullable;

/** A validated, normalised draft: what a briefing and its revision store. */
record BriefingContent(
        String title,
        @Nullable String summary,
        String body,
        Audience audience,
        Set<String> tags,
        Set<String> coAuthors,
        Tlp tlp,
        Yardstick yardstick,
        List<KeyJudgment> judgments) {

    BriefingContent {
        judgments = List.copyOf(judgments);
    }

    /** The same content with other co-authors. */
    BriefingContent withCoAuthors(Set<String> others) {
        return new BriefingContent(title, summary, body, audience, tags, others, tlp, yardstick, judgments);
    }

    /** Nothing yet: the stand-in base of a briefing whose revisions went missing. */
    static BriefingContent empty() {
        return new BriefingContent(
                "", null, "", Audience.INTERNAL, Set.of(), Set.of(), Tlp.CLEAR, Yardstick.ICD_203, List.of());
    }

    /** What the citations of this content are recorded from: the key judgments' section, then the body. */
    String citedText() {
        return KeyJudgments.withBody(yardstick, judgments, body);
    }
}
