package org.briefdesk.tradecraft;

import org.jspecify.annotations.Nullable;

/** A key judgment added, dropped, or changed in likelihood or confidence since the previous edition. */
public record JudgmentChange(
        Kind kind, @Nullable KeyJudgment before, @Nullable KeyJudgment after) {

    public enum Kind {
        ADDED,
        DROPPED,
        CHANGED
    }

    /** The judgment's sentence as it is now, or as it was when dropped. */
    public String text() {
        KeyJudgment shown = after != null ? after : before;
        return shown == null ? "" : shown.text();
    }

    /** "Added", "Dropped" or what changed: "likelihood unlikely → likely; confidence low → moderate". */
    public String describe() {
        return switch (kind) {
            case ADDED -> "Added" + assessed(after);
            case DROPPED -> "Dropped" + assessed(before);
            case CHANGED -> {
                StringBuilder text = new StringBuilder();
                if (before != null && after != null) {
                    if (!String.valueOf(before.likelihood()).equalsIgnoreCase(String.valueOf(after.likelihood()))) {
                        text.append("likelihood ")
                                .append(word(before.likelihood()))
                                .append(" → ")
                                .append(word(after.likelihood()));
                    }
                    if (before.confidence() != after.confidence()) {
                        text.append(text.isEmpty() ? "" : "; ")
                                .append("confidence ")
                                .append(
                                        before.confidence() == null
                                                ? "none"
                                                : before.confidence().label())
                                .append(" → ")
                                .append(
                                        after.confidence() == null
                                                ? "none"
                                                : after.confidence().label());
                    }
                }
                yield KeyJudgments.capitalised(text.toString());
            }
        };
    }

    private static String assessed(@Nullable KeyJudgment judgment) {
        if (judgment == null || (judgment.likelihood() == null && judgment.confidence() == null)) {
            return "";
        }
        return " (" + word(judgment.likelihood())
                + (judgment.confidence() == null
                        ? ""
                        : ", " + judgment.confidence().label() + " confidence") + ")";
    }

    private static String word(@Nullable String likelihood) {
        return likelihood == null ? "none" : likelihood;
    }
}
