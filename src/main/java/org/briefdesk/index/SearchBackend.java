package org.briefdesk.index;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which backend holds the search index: OpenSearch when {@code briefdesk.search.url} is set, the
 * embedded Lucene index otherwise. The settings themselves are in {@link SearchBackendConfiguration}.
 */
@Component
public class SearchBackend {

    private final String url;
    private final String username;
    private final String password;
    private final String indexPrefix;

    SearchBackend(
            @Value("${briefdesk.search.url:}") String url,
            @Value("${briefdesk.search.username:}") String username,
            @Value("${briefdesk.search.password:}") String password,
            @Value("${briefdesk.search.index-prefix:briefdesk-}") String indexPrefix) {
        this.url = url.strip();
        this.username = username;
        this.password = password;
        this.indexPrefix = indexPrefix.strip();
        if (isOpenSearch()) {
            URI parsed = URI.create(this.url.split(",")[0].strip());
            if (parsed.getScheme() == null || parsed.getHost() == null) {
                throw new IllegalStateException(
                        "BRIEFDESK_SEARCH_URL must be an address such as http://opensearch:9200, not " + url);
            }
        }
    }

    /** Whether the index is on OpenSearch (several nodes) rather than embedded Lucene. */
    public boolean isOpenSearch() {
        return !url.isEmpty();
    }

    /** The backend in words, for administrators; never shows the password. */
    public String description() {
        return isOpenSearch() ? "OpenSearch at " + url : "Lucene, embedded in this node";
    }

    String url() {
        return url;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    String indexPrefix() {
        return indexPrefix;
    }
}
