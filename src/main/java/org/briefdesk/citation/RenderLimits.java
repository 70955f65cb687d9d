package org.briefdesk.citation;

import java.time.Duration;

/** Guards against hostile or runaway input. */
public record RenderLimits(int maxMarkdownChars, int maxNestingDepth, Duration timeBudget) {

    /** 500,000 characters, nesting depth 32, 2 seconds. */
    public static RenderLimits defaults() {
        return new RenderLimits(500_000, 32, Duration.ofSeconds(2));
    }
}
