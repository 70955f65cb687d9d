package org.briefdesk.citation;

import org.jspecify.annotations.Nullable;

/** One cited source inside a citation group, e.g. {@code @nakatani-2024} with locator "para. 3". */
public record CitationRef(String key, @Nullable String locator) {}
