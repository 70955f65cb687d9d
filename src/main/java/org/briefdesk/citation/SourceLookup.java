package org.briefdesk.citation;

import java.util.List;
import java.util.Optional;

/** Looks sources up; implemented over the database and the search index. */
public interface SourceLookup {

    Optional<SourceInfo> find(String key);

    /** Sources whose text may contain this quotation; the checker verifies each one exactly. */
    List<SourceInfo> candidatesContaining(String quotation);
}
