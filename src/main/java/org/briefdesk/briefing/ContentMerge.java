package org.briefdesk.briefing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.briefdesk.marking.Tlp;
import org.briefdesk.merge.TextMerge;
import org.briefdesk.merge.ThreeWayMerge;
import org.briefdesk.merge.ValueMerge;
import org.briefdesk.tradecraft.KeyJudgment;
import org.briefdesk.tradecraft.KeyJudgments;
import org.briefdesk.tradecraft.Yardstick;
import org.jspecify.annotations.Nullable;

/**
 * The three-way merge of a briefing's content (PRODUCT section 4): the base revision, the current
 * text ("theirs") and the submitted one ("mine"). The text merges line by line; title, summary,
 * audience, marking, yardstick and the list of key judgments as whole values; tags as a set. A value
 * a revision written before it existed did not record is taken from the current text.
 */
final class ContentMerge {

    private final Briefing theirs;
    private final Set<String> coAuthors;
    private final ValueMerge<String> title;
    private final ValueMerge<@Nullable String> summary;
    private final ValueMerge<Audience> audience;
    private final Set<String> tags;
    private final TextMerge body;
    private final ValueMerge<Tlp> tlp;
    private final ValueMerge<Yardstick> yardstick;
    private final ValueMerge<List<KeyJudgment>> judgments;

    /** {@code coAuthors}: the co-authors as merged already (only the owner changes them). */
    ContentMerge(BriefingRevision base, Briefing theirs, BriefingContent mine, Set<String> coAuthors) {
        this.theirs = theirs;
        this.coAuthors = coAuthors;
        this.title = ThreeWayMerge.value(base.title(), theirs.title(), mine.title());
        this.summary = ThreeWayMerge.value(base.summary(), theirs.summary(), mine.summary());
        this.audience =
                ThreeWayMerge.value(orTheirs(base.audience(), theirs.audience()), theirs.audience(), mine.audience());
        this.tags = mergeSets(base.tags(), theirs.tags(), mine.tags());
        this.body = ThreeWayMerge.text(base.body(), theirs.body(), mine.body());
        this.tlp = ThreeWayMerge.value(orTheirs(base.tlp(), theirs.tlp()), theirs.tlp(), mine.tlp());
        this.yardstick = ThreeWayMerge.value(
                orTheirs(base.yardstick(), theirs.yardstick()), theirs.yardstick(), mine.yardstick());
        this.judgments = ThreeWayMerge.value(
                orTheirs(base.judgments(), theirs.judgments()), theirs.judgments(), mine.judgments());
    }

    /** Whether both sides' changes combine: no overlapping lines, no field changed differently. */
    boolean clean() {
        return body.clean() && conflicts().isEmpty();
    }

    /** The combined content; only for a {@link #clean()} merge. */
    BriefingContent merged() {
        return new BriefingContent(
                value(title),
                value(summary),
                body.text(),
                value(audience),
                tags,
                coAuthors,
                value(tlp),
                value(yardstick),
                value(judgments));
    }

    TextMerge body() {
        return body;
    }

    /** The fields both sides changed differently, as the conflict view shows them. */
    List<SaveConflict.FieldConflict> conflicts() {
        List<SaveConflict.FieldConflict> fields = new ArrayList<>();
        conflict(fields, SaveConflict.Field.TITLE, title, v -> v);
        conflict(fields, SaveConflict.Field.SUMMARY, summary, v -> v);
        conflict(fields, SaveConflict.Field.AUDIENCE, audience, Audience::name);
        conflict(fields, SaveConflict.Field.TLP, tlp, Tlp::name);
        conflict(fields, SaveConflict.Field.YARDSTICK, yardstick, Yardstick::name);
        conflict(fields, SaveConflict.Field.KEY_JUDGMENTS, judgments, KeyJudgments::encode);
        return fields;
    }

    /** What merged, with their side wherever the two conflict: where the conflict view starts. */
    BriefingDraft keepingTheirs() {
        return new BriefingDraft(
                orTheirs(title, theirs.title()),
                orTheirs(summary, theirs.summary()),
                body.keepingTheirs(),
                orTheirs(audience, theirs.audience()),
                tags,
                coAuthors,
                orTheirs(tlp, theirs.tlp()),
                orTheirs(yardstick, theirs.yardstick()),
                orTheirs(judgments, theirs.judgments()));
    }

    /** Two sides' changes to a set (tags, co-authors) combined: what either added or removed. */
    static Set<String> mergeSets(@Nullable Set<String> base, Set<String> theirs, Set<String> mine) {
        return new TreeSet<>(ThreeWayMerge.set(known(base, theirs, mine), theirs, mine));
    }

    /**
     * A base set, or for a revision older than the merge, which did not record it, what both sides
     * share: then nothing is removed and what either side has is kept.
     */
    private static Set<String> known(@Nullable Set<String> base, Set<String> theirs, Set<String> mine) {
        if (base != null) {
            return base;
        }
        Set<String> shared = new LinkedHashSet<>(theirs);
        shared.retainAll(mine);
        return shared;
    }

    private static <T> T orTheirs(@Nullable T base, T theirs) {
        return base == null ? theirs : base;
    }

    private static <T extends @Nullable Object> T orTheirs(ValueMerge<T> merge, T theirs) {
        return merge instanceof ValueMerge.Merged<T> merged ? merged.value() : theirs;
    }

    private static <T extends @Nullable Object> T value(ValueMerge<T> merge) {
        if (merge instanceof ValueMerge.Merged<T> merged) {
            return merged.value();
        }
        throw new IllegalStateException("Conflicting value");
    }

    private static <T extends @Nullable Object> void conflict(
            List<SaveConflict.FieldConflict> fields,
            SaveConflict.Field field,
            ValueMerge<T> merge,
            Function<T, @Nullable String> text) {
        if (merge instanceof ValueMerge.Conflict<T> conflict) {
            fields.add(new SaveConflict.FieldConflict(
                    field,
                    asText(conflict.base(), text),
                    asText(conflict.theirs(), text),
                    asText(conflict.mine(), text)));
        }
    }

    private static <T extends @Nullable Object> @Nullable String asText(T value, Function<T, @Nullable String> text) {
        return value == null ? null : text.apply(value);
    }
}
