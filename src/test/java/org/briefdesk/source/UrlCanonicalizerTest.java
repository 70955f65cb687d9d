package org.briefdesk.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {

    private static String canonical(String url) {
        return UrlCanonicalizer.canonicalize(url).orElseThrow();
    }

    @Test
    void scheme_and_host_case_default_port_fragment_and_trailing_slash_do_not_matter() {
        String expected = "https://news.example/2024/11/story";
        assertThat(canonical("HTTPS://News.Example/2024/11/story/")).isEqualTo(expected);
        assertThat(canonical("https://news.example:443/2024/11/story#comments")).isEqualTo(expected);
        assertThat(canonical("https://news.example/2024/11/story")).isEqualTo(expected);
    }

    @Test
    void tracking_parameters_are_dropped_and_others_kept_in_order() {
        assertThat(canonical("https://news.example/a?utm_source=x&id=7&UTM_Medium=y&fbclid=z&page=2"))
                .isEqualTo("https://news.example/a?id=7&page=2");
        assertThat(canonical("https://news.example/a?utm_campaign=only")).isEqualTo("https://news.example/a");
    }

    @Test
    void the_path_keeps_its_case_and_a_non_default_port_stays() {
        assertThat(canonical("http://news.example:8080/Story")).isEqualTo("http://news.example:8080/Story");
    }

    @Test
    void only_absolute_http_and_https_urls_are_accepted() {
        assertThat(UrlCanonicalizer.canonicalize("javascript:alert(1)")).isEmpty();
        assertThat(UrlCanonicalizer.canonicalize("ftp://files.example/a")).isEmpty();
        assertThat(UrlCanonicalizer.canonicalize("/relative/path")).isEmpty();
        assertThat(UrlCanonicalizer.canonicalize("https://")).isEmpty();
        assertThat(UrlCanonicalizer.canonicalize("not a url at all")).isEmpty();
    }
}
