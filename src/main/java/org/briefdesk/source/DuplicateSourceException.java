package org.briefdesk.source;

import org.briefdesk.base.ActionRefusedException;

/** The text or the URL is already stored as another source; nothing was added. */
public class DuplicateSourceException extends ActionRefusedException {

    private final String existingKey;

    public DuplicateSourceException(String existingKey, String existingTitle, String why) {
        super("Already in the library as @" + existingKey + " (“" + existingTitle + "”): " + why + ".");
        this.existingKey = existingKey;
    }

    public String existingKey() {
        return existingKey;
    }
}
