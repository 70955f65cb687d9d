package org.briefdesk.publishing.web;

import org.briefdesk.publishing.PublishedEditions;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the fast way for cached public pages ahead of the security filters. */
@Configuration
class ReadingWebConfiguration {

    @Bean
    FilterRegistrationBean<CachedPublicPageFilter> cachedPublicPageFilter(PublishedEditions editions) {
        FilterRegistrationBean<CachedPublicPageFilter> registration =
                new FilterRegistrationBean<>(new CachedPublicPageFilter(editions));
        registration.addUrlPatterns("/briefings/*");
        registration.setOrder(CachedPublicPageFilter.ORDER);
        registration.setName("cachedPublicPageFilter");
        return registration;
    }
}
