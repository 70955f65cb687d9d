package org.briefdesk.briefing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.briefdesk.marking.Tlp;
import org.briefdesk.merge.TextMerge;
import org.briefdesk.tradecraft.KeyJudgment;
import org.briefdesk.tradecraft.KeyJudgments;
import org.briefdesk.tradecraft.Yardstick;
import org.briefdesk.user.UserDirectory;
import org.jspecify.annotations.Nullable;

/**
 * A save whose changes overlap changes saved meanwhile, with everything a conflict view needs. The
 * saver's text is already stored as the conflicted revision {@code yours}; a resolution is saved as
 * a normal save based on {@code currentRevisionId} (see {@link #resolve}).
 *
 * @param yours the conflicted revision that holds the saver's text exactly as submitted
 * @param currentRevisionId the briefing's current revision, which the resolution is based on
 * @param theirAuthors who saved the changes the save collided with (excluding the saver)
 * @param body the text merge: agreed chunks and the overlapping hunks (base, theirs, mine)
 * @param fields the single-valued fields both sides changed differently (empty when only the text
 *     conflicts)
 * @param merged the draft with every field that merged cleanly; a conflicting field holds their
 *     value, and the body their text in the overlapping hunks
 */
public record SaveConflict(
        RevisionSummary yours,
        long currentRevisionId,
        List<UserDirectory.Person> theirAuthors,
        TextMerge body,
        List<FieldConflict> fields,
        BriefingDraft merged) {

    /** A briefing field that merges as a whole. */
    public enum Field {
        TITLE("Title"),
        SUMMARY("Summary"),
        AUDIENCE("Audience"),
        TLP("TLP marking"),
        YARDSTICK("Likelihood yardstick"),
        /** The list of key judgments, as one value ({@link KeyJudgments#encode}). */
        KEY_JUDGMENTS("Key judgments");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A field both sides changed differently. Audience values are {@link Audience} names; an empty
     * summary is null.
     */
    public record FieldConflict(
            Field field,
            @Nullable String base,
            @Nullable String theirs,
            @Nullable String mine) {}

    public SaveConflict {
        theirAuthors = List.copyOf(theirAuthors);
        fields = List.copyOf(fields);
    }

    /**
     * The draft that resolves this conflict: the agreed text with each overlapping hunk replaced, in
     * order, by the given lines ({@link TextMerge#lines(String)} turns an edited text into lines),
     * and each conflicting field set to the chosen value (a field not named keeps their value).
     */
    public BriefingDraft resolve(List<List<String>> hunks, Map<Field, @Nullable String> chosen) {
        String title = merged.title();
        String summary = merged.summary();
        Audience audience = merged.audience();
        Tlp tlp = merged.tlp();
        Yardstick yardstick = merged.yardstick();
        List<KeyJudgment> judgments = merged.judgments();
        for (FieldConflict conflict : fields) {
            if (!chosen.containsKey(conflict.field())) {
                continue;
            }
            String value = chosen.get(conflict.field());
            switch (conflict.field()) {
                case TITLE -> title = value == null ? "" : value;
                case SUMMARY -> summary = value;
                case AUDIENCE -> audience = value == null ? audience : Audience.valueOf(value);
                case TLP -> tlp = value == null ? tlp : Tlp.valueOf(value);
                case YARDSTICK -> yardstick = value == null ? yardstick : Yardstick.valueOf(value);
                case KEY_JUDGMENTS -> judgments = KeyJudgments.decode(value);
            }
        }
        return new BriefingDraft(title, summary, body.resolve(hunks), audience, merged.tags(), merged.coAuthors())
                .withTradecraft(tlp, yardstick, judgments);
    }

    /** The resolution that keeps the saver's side in every hunk and field. */
    public BriefingDraft keepingMine() {
        return resolve(body.conflicts().stream().map(TextMerge.Conflict::mine).toList(), choices(true));
    }

    /** The resolution that keeps the other side in every hunk and field. */
    public BriefingDraft keepingTheirs() {
        return resolve(body.conflicts().stream().map(TextMerge.Conflict::theirs).toList(), choices(false));
    }

    private Map<Field, @Nullable String> choices(boolean mine) {
        Map<Field, @Nullable String> choices = new java.util.EnumMap<>(Field.class);
        for (FieldConflict conflict : fields) {
            choices.put(conflict.field(), mine ? conflict.mine() : conflict.theirs());
        }
        return choices;
    }

    /** Their display names, for "Merged with Erin's changes" and the conflict view. */
    public String theirNames() {
        return names(theirAuthors);
    }

    /** "Erin", "Erin and Bob", "Erin, Bob and Ann"; "someone" when nobody is known. */
    public static String names(List<UserDirectory.Person> people) {
        List<String> names = new ArrayList<>(new LinkedHashSet<>(
                people.stream().map(UserDirectory.Person::displayName).toList()));
        if (names.isEmpty()) {
            return "someone";
        }
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }
}
