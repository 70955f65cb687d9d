package org.briefdesk.index;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of every index, on the embedded Lucene backend. English text is stemmed
 * ("agreements" finds "agreement") but no stop words are dropped, so two-letter terms such as "EU",
 * "UN" and "US" stay searchable and phrases match word for word. {@link OpenSearchAnalysis} defines
 * the same chain for OpenSearch, filter by filter; the parity test holds them to it.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    /** Words of English text: possessives removed, lower case, accents folded, Porter stems. */
    public static final String ENGLISH = "briefdesk_english";

    /** Whole values (outlets, tags, user names) compared without case or accents. */
    public static final String EXACT = "briefdesk_exact";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("porterStem");
        context.normalizer(EXACT).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
    }
}
