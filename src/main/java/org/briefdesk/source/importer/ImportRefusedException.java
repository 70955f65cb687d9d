package org.briefdesk.source.importer;

import java.io.Serial;

/**
 * A file that is not imported, with a message for the user ("This is not a text file.", "The text
 * is 2.4 MB; the limit is 2 MB.").
 */
public class ImportRefusedException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Creates a refusal whose message is shown to the user as it is. */
    public ImportRefusedException(String message) {
        super(message);
    }
}
