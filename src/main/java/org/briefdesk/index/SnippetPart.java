package org.briefdesk.index;

/** A piece of a search snippet; {@code match} is true for the words the search matched. */
public record SnippetPart(String text, boolean match) {}
