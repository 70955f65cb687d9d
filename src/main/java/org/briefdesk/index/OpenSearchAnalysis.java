package org.briefdesk.index;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link SearchAnalysis}, filter by filter, for OpenSearch: the same standard
 * tokenizer, the English possessive filter, lower case, ASCII folding and the Porter stemmer (all of
 * OpenSearch's analysis-common module). Lucene and OpenSearch then index the same terms.
 */
public class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    private static final String POSSESSIVE = "briefdesk_possessive";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
        context.analyzer(SearchAnalysis.ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilters(POSSESSIVE, "lowercase", "asciifolding", "porter_stem");
        context.normalizer(SearchAnalysis.EXACT).custom().tokenFilters("lowercase", "asciifolding");
    }
}
