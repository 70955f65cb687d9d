package org.briefdesk.merge;

import org.jspecify.annotations.Nullable;

/** The outcome of merging a single value such as a title: a value, or a conflict. */
public sealed interface ValueMerge<T extends @Nullable Object> permits ValueMerge.Merged, ValueMerge.Conflict {

    /** Whether both sides changed the value differently. */
    default boolean conflicting() {
        return this instanceof Conflict;
    }

    /** One side changed the value, or both made the same change, or neither did. */
    record Merged<T extends @Nullable Object>(T value) implements ValueMerge<T> {}

    /** Both sides changed the value, differently. */
    record Conflict<T extends @Nullable Object>(T base, T theirs, T mine) implements ValueMerge<T> {}
}
