package org.briefdesk.source;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the source index. English text is stemmed ("agreements" finds "agreement") but
 * no stop words are dropped, so two-letter terms such as "EU", "UN" and "US" stay searchable and
 * phrases match word for word.
 */
public class SourceAnalysis implements LuceneAnalysisConfigurer {

    static final String ENGLISH = "briefdesk_english";
    static final String EXACT = "briefdesk_exact";

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
