package org.briefdesk.index;

import java.util.function.Supplier;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a search so that an unreachable index reaches the user as one clear message. */
public final class Searches {

    private static final Logger log = LoggerFactory.getLogger(Searches.class);

    private Searches() {}

    /**
     * The result of {@code search}.
     *
     * @throws SearchUnavailableException when the index did not answer
     */
    public static <T> T guard(Supplier<T> search) {
        try {
            return search.get();
        } catch (SearchException failed) {
            log.warn("A search failed: {}", failed.getMessage());
            log.debug("The search's failure", failed);
            throw new SearchUnavailableException();
        }
    }
}
