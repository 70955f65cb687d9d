package org.briefdesk.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.briefdesk.IntegrationTest;
import org.briefdesk.base.Sha256;
import org.briefdesk.briefing.Audience;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.w3c.dom.Document;

/**
 * The reading pages over real HTTP: who may read what, caching headers and {@code 304}, downloads,
 * the feed, and that a cached page costs neither a session nor a database round trip.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class ReadingHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    PublishedFixture fixture;

    @Autowired
    PublishedEditions published;

    @Autowired
    ActingUser actingUser;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    WebApplicationContext context;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static PublishedFixture.Made publicBriefing;
    private static PublishedFixture.Made internalBriefing;

    @BeforeEach
    void publishOnce() {
        if (publicBriefing == null) {
            publicBriefing = fixture.published("Open harbour " + PublishedFixture.nonce(), Audience.PUBLIC);
            internalBriefing = fixture.published("Closed harbour " + PublishedFixture.nonce(), Audience.INTERNAL);
        }
    }

    private HttpResponse<byte[]> fetch(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void a_public_briefing_reads_anonymously_with_caching_headers_and_no_session() throws Exception {
        HttpResponse<byte[]> response = fetch("/briefings/" + publicBriefing.slug());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(text(response))
                .contains("<h1>" + publicBriefing.title() + "</h1>")
                .contains("would not board another ship")
                .contains("Sources");
        assertThat(response.headers().firstValue("ETag"))
                .hasValueSatisfying(etag -> assertThat(etag).matches("\"[0-9a-f]{32}\""));
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(
                        cache -> assertThat(cache).contains("max-age=60").contains("public"));
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValue(ReadingPages.CONTENT_SECURITY_POLICY);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();

        // Once cached, the page is answered ahead of the security and MVC machinery: the same bytes
        // and the same headers.
        HttpResponse<byte[]> cached = fetch("/briefings/" + publicBriefing.slug());
        assertThat(cached.body()).isEqualTo(response.body());
        for (String header : new String[] {
            "ETag",
            "Cache-Control",
            "Content-Security-Policy",
            "X-Content-Type-Options",
            "X-Frame-Options",
            "Referrer-Policy"
        }) {
            assertThat(cached.headers().firstValue(header))
                    .as(header)
                    .isPresent()
                    .isEqualTo(response.headers().firstValue(header));
        }
        assertThat(cached.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void a_matching_if_none_match_gets_304_without_a_body_and_a_stale_one_gets_the_page() throws Exception {
        String path = "/briefings/" + publicBriefing.slug();
        String etag = fetch(path).headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> notModified = fetch(path, "If-None-Match", etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.headers().firstValue("ETag")).hasValue(etag);
        assertThat(notModified.headers().allValues("Set-Cookie")).isEmpty();

        assertThat(fetch(path, "If-None-Match", "\"0123\", " + etag).statusCode())
                .isEqualTo(304);
        assertThat(fetch(path, "If-None-Match", "\"0123456789abcdef0123456789abcdef\"")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_cached_page_runs_no_sql() throws Exception {
        String path = "/briefings/" + publicBriefing.slug();
        fetch(path);
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        for (int i = 0; i < 20; i++) {
            assertThat(fetch(path).statusCode()).isEqualTo(200);
            assertThat(fetch(path + "/editions/1").statusCode()).isEqualTo(200);
            assertThat(fetch(path + ".md").statusCode()).isEqualTo(200);
        }

        assertThat(statistics.getPrepareStatementCount()).isZero();
        assertThat(statistics.getConnectCount()).isZero();
        assertThat(statistics.getSessionOpenCount()).isZero();
    }

    @Test
    void each_edition_downloads_as_word_and_pdf_linked_from_its_page_and_internal_ones_only_signed_in()
            throws Exception {
        String page = text(fetch("/briefings/" + publicBriefing.slug() + "/editions/1"));
        assertThat(page).contains("1.docx\" download>Word</a>").contains("1.pdf\" download>PDF</a>");

        HttpResponse<byte[]> pdf = fetch("/briefings/" + publicBriefing.slug() + "/editions/1.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition).contains("-edition-1.pdf"));
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        // Written once, then kept: the same bytes and ETag again.
        HttpResponse<byte[]> again = fetch("/briefings/" + publicBriefing.slug() + "/editions/1.pdf");
        assertThat(again.headers().firstValue("ETag")).isEqualTo(pdf.headers().firstValue("ETag"));

        HttpResponse<byte[]> word = fetch("/briefings/" + publicBriefing.slug() + ".docx");
        assertThat(word.statusCode()).isEqualTo(200);
        assertThat(word.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (var document =
                new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(word.body()))) {
            assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo(publicBriefing.title());
        }

        assertThat(fetch("/briefings/" + internalBriefing.slug() + "/editions/1.pdf")
                        .statusCode())
                .isEqualTo(302);
        assertThat(fetch("/briefings/" + publicBriefing.slug() + "/editions/x.pdf")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void an_internal_briefing_sends_anonymous_readers_to_the_sign_in_and_opens_for_signed_in_ones() throws Exception {
        HttpResponse<byte[]> anonymous = fetch("/briefings/" + internalBriefing.slug());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(text(anonymous)).doesNotContain(internalBriefing.title());
        assertThat(fetch("/briefings/" + internalBriefing.slug() + ".md").statusCode())
                .isEqualTo(302);

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        mvc.perform(get("/briefings/" + internalBriefing.slug()).with(user(TestUsers.READER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("private")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(internalBriefing.title())));
    }

    @Test
    void a_public_edition_followed_by_an_internal_one_names_only_the_public_one_to_anonymous_readers()
            throws Exception {
        PublishedFixture.Made made = fixture.published("Mixed harbour " + PublishedFixture.nonce(), Audience.PUBLIC);
        fixture.publishNextEdition(made, Audience.INTERNAL, "The internal appendix names the pilots.");

        // Anonymous readers get edition 1, as the latest they may open, and never hear of edition 2.
        for (String path : new String[] {"/briefings/" + made.slug(), "/briefings/" + made.slug() + "/editions/1"}) {
            for (int attempt = 0; attempt < 2; attempt++) { // the second answer may come from the cache
                HttpResponse<byte[]> anonymous = fetch(path);
                assertThat(anonymous.statusCode()).as(path).isEqualTo(200);
                assertThat(text(anonymous))
                        .as(path)
                        .contains("Edition 1")
                        .doesNotContain("editions/2")
                        .doesNotContain("newer edition")
                        .doesNotContain("internal appendix");
                assertThat(anonymous.headers().firstValue("Cache-Control"))
                        .hasValueSatisfying(cache -> assertThat(cache).contains("private"));
                assertThat(anonymous.headers().firstValue("Vary"))
                        .hasValueSatisfying(vary -> assertThat(vary).contains("Cookie"));
            }
        }
        assertThat(fetch("/briefings/" + made.slug() + "/editions/2").statusCode())
                .isEqualTo(302);

        // Signed-in readers see both, and the latest is edition 2.
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        mvc.perform(get("/briefings/" + made.slug() + "/editions/1").with(user(TestUsers.READER)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("editions/2")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("A newer edition")));
        mvc.perform(get("/briefings/" + made.slug()).with(user(TestUsers.READER)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("internal appendix")));
    }

    @Test
    void the_markdown_downloads_are_attachments_with_safe_names_and_the_published_hash() throws Exception {
        String slug = publicBriefing.slug();
        HttpResponse<byte[]> portable = fetch("/briefings/" + slug + ".md");
        assertThat(portable.statusCode()).isEqualTo(200);
        assertThat(portable.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/markdown"));
        assertThat(portable.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition ->
                        assertThat(disposition).startsWith("attachment").contains(slug + "-edition-1.md"));
        FrozenEdition edition = actingUser
                .as(TestUsers.READER, () -> published.editionsOf(publicBriefing.briefingId()))
                .getFirst();
        assertThat(Sha256.hex(text(portable))).isEqualTo(edition.exportSha256());
        assertThat(text(fetch("/briefings/" + slug))).contains(edition.exportSha256());

        HttpResponse<byte[]> pandoc = fetch("/briefings/" + slug + ".md?flavour=pandoc");
        assertThat(text(pandoc)).isEqualTo(edition.pandocExport());
        assertThat(text(fetch("/briefings/" + slug + "/editions/1.md?flavour=pandoc")))
                .isEqualTo(edition.pandocExport());
        HttpResponse<byte[]> bogus = fetch("/briefings/" + slug + ".md?flavour=docx");
        assertThat(bogus.statusCode()).isEqualTo(400);
        assertThat(text(bogus)).contains("flavour=pandoc");
    }

    @Test
    void unknown_briefings_and_editions_get_a_plain_not_found_page() throws Exception {
        for (String path : new String[] {
            "/briefings/no-such-briefing-" + PublishedFixture.nonce(),
            "/briefings/" + publicBriefing.slug() + "/editions/0",
            "/briefings/" + publicBriefing.slug() + "/editions/99",
            "/briefings/" + publicBriefing.slug() + "/editions/abc",
            "/briefings/" + publicBriefing.slug() + "/editions/99999999999999999999",
            "/briefings/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "/briefings/" + "x".repeat(500),
        }) {
            HttpResponse<byte[]> response = fetch(path);
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(text(response)).as(path).doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    @Test
    void the_feed_is_atom_xml_listing_public_editions_only() throws Exception {
        HttpResponse<byte[]> response = fetch("/feed.atom");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(text(response))
                .contains(publicBriefing.title())
                .contains("http://localhost:" + port + "/briefings/" + publicBriefing.slug())
                .doesNotContain(internalBriefing.title());
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void a_reading_page_and_its_download_go_out_compressed_once_and_decompress_to_exactly_the_page() throws Exception {
        String path = "/briefings/" + publicBriefing.slug();
        HttpResponse<byte[]> plain = fetch(path);
        HttpResponse<byte[]> compressed = fetch(path, "Accept-Encoding", "br;q=1.0, gzip;q=0.8, *;q=0.1");

        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(compressed.headers().allValues("Vary"))
                .anySatisfy(vary -> assertThat(vary).contains("Accept-Encoding"));
        String etag = plain.headers().firstValue("ETag").orElseThrow();
        String gzipEtag = compressed.headers().firstValue("ETag").orElseThrow();
        assertThat(gzipEtag).isNotEqualTo(etag).startsWith("\"").endsWith("-gzip\"");
        assertThat(compressed.body().length).isLessThan(plain.body().length / 2);
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(compressed.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
        assertThat(fetch(path, "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding"))
                .isEmpty();
        assertThat(fetch(path, "Accept-Encoding", "gzip", "If-None-Match", gzipEtag)
                        .statusCode())
                .isEqualTo(304);
        assertThat(fetch(path, "Accept-Encoding", "gzip", "If-None-Match", etag).statusCode())
                .as("the uncompressed bytes' tag does not match the compressed ones")
                .isEqualTo(200);

        HttpResponse<byte[]> markdown = fetch(path + ".md", "Accept-Encoding", "gzip");
        assertThat(markdown.headers().firstValue("Content-Encoding")).contains("gzip");
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(markdown.body()))) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .startsWith("---\ntlp: ");
        }
    }
}
