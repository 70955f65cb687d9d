package org.briefdesk.index;

import org.briefdesk.base.ActionRefusedException;

/** The search index cannot be reached (OpenSearch is down or too slow); saving still works. */
public class SearchUnavailableException extends ActionRefusedException {

    public static final String MESSAGE =
            "Search is unavailable right now. Saving still works; try searching again in a minute.";

    SearchUnavailableException() {
        super(MESSAGE);
    }
}
