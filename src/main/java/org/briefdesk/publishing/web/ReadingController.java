package org.briefdesk.publishing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.briefdesk.publishing.CachedFile;
import org.briefdesk.publishing.EditionDocument;
import org.briefdesk.publishing.PublishedEditions;
import org.briefdesk.publishing.ReadingPages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The reading pages, Markdown downloads and feed of PRODUCT section 6: plain HTTP, no Vaadin and no
 * session. Every answer carries a strong ETag; a matching {@code If-None-Match} gets {@code 304}.
 * Public pages may be cached by anyone for a minute, internal ones only by the reader's browser.
 */
@Controller
class ReadingController {

    private static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    private static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);
    private static final String MD = ".md";

    private final PublishedEditions editions;

    ReadingController(PublishedEditions editions) {
        this.editions = editions;
    }

    /** {@code /briefings/{slug}}, and {@code /briefings/{slug}.md} for the latest edition's Markdown. */
    @GetMapping("/briefings/{name}")
    ResponseEntity<byte[]> latest(
            @PathVariable String name,
            @RequestParam(name = "flavour", required = false) @Nullable String flavour,
            HttpServletRequest request) {
        Optional<EditionDocument> document = EditionDocument.ofAddress(name);
        if (document.isPresent()) {
            String slug =
                    name.substring(0, name.length() - document.get().extension().length() - 1);
            return download(editions.document(slug, null, document.get()), document.get(), request);
        }
        if (name.endsWith(MD)) {
            if (!knownFlavour(flavour)) {
                return badFlavour();
            }
            String slug = name.substring(0, name.length() - MD.length());
            return download(editions.export(slug, null, pandoc(flavour)), request);
        }
        return page(editions.latestPage(name), request);
    }

    /** {@code /briefings/{slug}/editions/{n}}, and {@code .../editions/{n}.md} for that edition's Markdown. */
    @GetMapping("/briefings/{slug}/editions/{edition}")
    ResponseEntity<byte[]> edition(
            @PathVariable String slug,
            @PathVariable String edition,
            @RequestParam(name = "flavour", required = false) @Nullable String flavour,
            HttpServletRequest request) {
        Optional<EditionDocument> document = EditionDocument.ofAddress(edition);
        if (document.isPresent()) {
            String number = edition.substring(
                    0, edition.length() - document.get().extension().length() - 1);
            return number.matches("[1-9][0-9]{0,5}")
                    ? download(
                            editions.document(slug, Integer.parseInt(number), document.get()), document.get(), request)
                    : notFound();
        }
        boolean markdown = edition.endsWith(MD);
        String digits = markdown ? edition.substring(0, edition.length() - MD.length()) : edition;
        if (!digits.matches("[1-9][0-9]{0,5}")) {
            return notFound();
        }
        if (markdown && !knownFlavour(flavour)) {
            return badFlavour();
        }
        int number = Integer.parseInt(digits);
        return markdown
                ? download(editions.export(slug, number, pandoc(flavour)), request)
                : page(editions.editionPage(slug, number), request);
    }

    @GetMapping("/feed.atom")
    ResponseEntity<byte[]> feed(HttpServletRequest request) {
        String baseUrl = ServletUriComponentsBuilder.fromContextPath(request)
                .replaceQuery(null)
                .build()
                .toUriString();
        CachedFile feed = editions.feed(baseUrl);
        return answer(feed, ATOM, request, null);
    }

    private ResponseEntity<byte[]> page(Optional<CachedFile> page, HttpServletRequest request) {
        return page.map(file -> answer(file, HTML, request, null)).orElseGet(ReadingController::notFound);
    }

    private ResponseEntity<byte[]> download(
            Optional<CachedFile> file, EditionDocument kind, HttpServletRequest request) {
        return file.map(found -> answer(found, MediaType.parseMediaType(kind.contentType()), request, found.fileName()))
                .orElseGet(ReadingController::notFound);
    }

    private ResponseEntity<byte[]> download(Optional<CachedFile> file, HttpServletRequest request) {
        return file.map(found -> answer(found, MARKDOWN, request, found.fileName()))
                .orElseGet(ReadingController::notFound);
    }

    private static ResponseEntity<byte[]> answer(
            CachedFile file, MediaType type, HttpServletRequest request, @Nullable String attachment) {
        HttpHeaders headers = new HttpHeaders();
        CachedFile.Representation sent = file.representationFor(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        headers.setETag(sent.etag());
        headers.setCacheControl(
                file.publicEverywhere()
                        ? CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic()
                        : CacheControl.noCache().cachePrivate());
        // The same address answers differently to signed-in and anonymous callers, and compressed
        // or not as the client asks.
        headers.setVary(
                file.publicEverywhere()
                        ? java.util.List.of(HttpHeaders.ACCEPT_ENCODING)
                        : java.util.List.of(HttpHeaders.ACCEPT_ENCODING, HttpHeaders.COOKIE));
        headers.set("Content-Security-Policy", ReadingPages.CONTENT_SECURITY_POLICY);
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), sent.etag())) {
            return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);
        }
        headers.setContentType(type);
        if (attachment != null) {
            headers.setContentDisposition(ContentDisposition.attachment()
                    .filename(attachment, StandardCharsets.UTF_8)
                    .build());
        }
        if (sent.contentEncoding() != null) {
            headers.set(HttpHeaders.CONTENT_ENCODING, sent.contentEncoding());
        }
        return new ResponseEntity<>(sent.bytes(), headers, HttpStatus.OK);
    }

    /** RFC 9110: {@code *} or a list of entity tags; strong comparison for our strong tags. */
    static boolean matches(@Nullable String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        if (ifNoneMatch.strip().equals("*")) {
            return true;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean pandoc(@Nullable String flavour) {
        return "pandoc".equals(flavour);
    }

    private static boolean knownFlavour(@Nullable String flavour) {
        return flavour == null || flavour.equals("pandoc") || flavour.equals("portable");
    }

    private static ResponseEntity<byte[]> badFlavour() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "plain", StandardCharsets.UTF_8));
        return new ResponseEntity<>(
                "Unknown flavour: ask for ?flavour=portable (the default) or ?flavour=pandoc.\n"
                        .getBytes(StandardCharsets.UTF_8),
                headers,
                HttpStatus.BAD_REQUEST);
    }

    private static ResponseEntity<byte[]> notFound() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(HTML);
        headers.set("Content-Security-Policy", ReadingPages.CONTENT_SECURITY_POLICY);
        headers.setCacheControl(CacheControl.noCache());
        return new ResponseEntity<>(
                ReadingPages.notFound().getBytes(StandardCharsets.UTF_8), headers, HttpStatus.NOT_FOUND);
    }
}
