package org.briefdesk.index;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Hibernate Search's usual OpenSearch layout — an index {@code name-000001} behind the aliases
 * {@code name-write} and {@code name-read} — with a prefix before every name, so that several
 * Briefdesk installations (or the tests) can share one OpenSearch cluster.
 */
final class PrefixedIndexLayout implements IndexLayoutStrategy {

    private final String prefix;
    private final Pattern uniqueKey;

    PrefixedIndexLayout(String prefix) {
        this.prefix = prefix;
        this.uniqueKey = Pattern.compile(Pattern.quote(prefix) + "(.*)-\\d+");
    }

    @Override
    public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-000001";
    }

    @Override
    public String createWriteAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-write";
    }

    @Override
    public String createReadAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-read";
    }

    @Override
    public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
        return hibernateSearchIndexName;
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
        Matcher matcher = uniqueKey.matcher(elasticsearchIndexName);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "Index " + elasticsearchIndexName + " does not belong to this Briefdesk (prefix " + prefix + ")");
        }
        return matcher.group(1);
    }
}
