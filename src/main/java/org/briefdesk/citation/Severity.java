package org.briefdesk.citation;

/** Errors block submission for review; warnings inform. */
public enum Severity {
    ERROR,
    WARNING
}
