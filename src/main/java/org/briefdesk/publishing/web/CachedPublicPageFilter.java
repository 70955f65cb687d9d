package org.briefdesk.publishing.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefdesk.publishing.CachedFile;
import org.briefdesk.publishing.PublishedEditions;
import org.briefdesk.publishing.ReadingPages;
import org.springframework.core.Ordered;
import org.springframework.http.ContentDisposition;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a PUBLIC reading page or download that is already in memory before Spring Security and
 * Spring MVC run: anyone may read it, so there is nothing for them to decide, and skipping them is
 * most of the cost of a request (docs/benchmarks.md, "Reading pages"). Everything else (INTERNAL
 * editions, pages not yet cached, the feed, bad addresses) passes on to {@link ReadingController}
 * through the ordinary chain. The answer carries the same headers the ordinary way adds.
 */
class CachedPublicPageFilter extends OncePerRequestFilter implements Ordered {

    /** Before Spring Security's filter chain, which Spring Boot registers at -100. */
    static final int ORDER = -200;

    private static final Pattern PAGE =
            Pattern.compile("/briefings/([a-z0-9-]{1,120})(?:/editions/([1-9][0-9]{0,5}))?(\\.md)?");

    private final PublishedEditions editions;

    CachedPublicPageFilter(PublishedEditions editions) {
        this.editions = editions;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method))
                || !request.getRequestURI().startsWith(request.getContextPath() + "/briefings/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<CachedFile> cached = lookUp(request);
        if (cached.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        CachedFile file = cached.get();
        boolean markdown = request.getRequestURI().endsWith(".md");
        CachedFile.Representation sent = file.representationFor(request.getHeader("Accept-Encoding"));
        response.setHeader("ETag", sent.etag());
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader("Cache-Control", "max-age=60, public");
        response.setHeader("Content-Security-Policy", ReadingPages.CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
        }
        if (ReadingController.matches(request.getHeader("If-None-Match"), sent.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(markdown ? "text/markdown;charset=UTF-8" : "text/html;charset=UTF-8");
        if (markdown) {
            response.setHeader(
                    "Content-Disposition",
                    ContentDisposition.attachment()
                            .filename(file.fileName(), StandardCharsets.UTF_8)
                            .build()
                            .toString());
        }
        if (sent.contentEncoding() != null) {
            response.setHeader("Content-Encoding", sent.contentEncoding());
        }
        response.setContentLength(sent.bytes().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(sent.bytes());
        }
    }

    private Optional<CachedFile> lookUp(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher matcher = PAGE.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        boolean markdown = matcher.group(3) != null;
        String flavour = request.getParameter("flavour");
        if (markdown && flavour != null && !flavour.equals("pandoc") && !flavour.equals("portable")) {
            return Optional.empty();
        }
        if (!markdown && request.getQueryString() != null) {
            // Anything unusual takes the ordinary way.
            return Optional.empty();
        }
        Integer edition = matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2));
        return editions.cachedPublic(matcher.group(1), edition, markdown, "pandoc".equals(flavour));
    }
}
