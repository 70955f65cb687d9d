package org.briefdesk.review;

/**
 * Who wants to act, as far as the workflow cares: whether they write the briefing (owner or
 * co-author) and whether they are an editor.
 */
public record Actor(boolean author, boolean editor) {}
