package org.briefdesk.citation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Sanitized HTML and the citation keys in the order they are numbered; {@code problem} is a message
 * for the user when the text could not be rendered (then the HTML only says so).
 */
public record RenderResult(
        String html, List<String> numberedKeys, @Nullable String problem) {

    public RenderResult {
        numberedKeys = List.copyOf(numberedKeys);
    }

    /** The same result with other HTML (already sanitized or escaped by the caller). */
    public RenderResult withHtml(String other) {
        return new RenderResult(other, numberedKeys, problem);
    }

    public boolean ok() {
        return problem == null;
    }
}
