package org.briefdesk.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.briefdesk.briefing.Audience;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The feed parsed with a real XML parser and checked against the rules of RFC 4287. */
class AtomFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private static FrozenEdition edition(String slug, int number, String title, String summary, Instant at) {
        return new FrozenEdition(
                1,
                slug,
                number,
                title,
                summary,
                Audience.PUBLIC,
                List.of("Alice Analyst", "Bob <Writer>"),
                List.of("ports"),
                at,
                "erin",
                "<p>x</p>",
                "p",
                "q",
                "0".repeat(64),
                org.briefdesk.marking.Tlp.CLEAR,
                org.briefdesk.tradecraft.Yardstick.ICD_203,
                List.of(),
                null);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element
                    && ATOM.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static void assertDate(Element element) {
        // RFC 3339 date-time, as RFC 4287 section 3.3 requires.
        assertThat(OffsetDateTime.parse(element.getTextContent())).isNotNull();
    }

    @Test
    void the_feed_follows_the_atom_rules_with_retractions_as_updated_entries() throws Exception {
        String xml = AtomFeed.write(
                List.of(
                        new AtomFeed.Entry(
                                edition(
                                        "port-strike",
                                        2,
                                        "Port strike & <the> \"ministry\"",
                                        "Why it stopped",
                                        Instant.parse("2025-04-05T10:30:15.5Z")),
                                null),
                        new AtomFeed.Entry(
                                edition(
                                        "grain",
                                        1,
                                        "Grain \u0001exports",
                                        "Summary",
                                        Instant.parse("2025-03-01T08:00:00Z")),
                                new Retraction("Figures were wrong", "erin", Instant.parse("2025-04-06T09:00:00Z")))),
                "https://briefdesk.example");

        Element feed = parse(xml).getDocumentElement();
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(children(feed, "id")).hasSize(1);
        assertThat(children(feed, "title")).hasSize(1);
        assertThat(children(feed, "updated")).singleElement().satisfies(AtomFeedTest::assertDate);
        assertThat(children(feed, "link")).anySatisfy(link -> {
            assertThat(link.getAttribute("rel")).isEqualTo("self");
            assertThat(link.getAttribute("href")).isEqualTo("https://briefdesk.example/feed.atom");
        });
        // The feed's updated is the newest entry's: the retraction.
        assertThat(children(feed, "updated").getFirst().getTextContent()).isEqualTo("2025-04-06T09:00:00Z");

        List<Element> entries = children(feed, "entry");
        assertThat(entries).hasSize(2);
        for (Element entry : entries) {
            assertThat(children(entry, "id")).hasSize(1);
            assertThat(children(entry, "title")).hasSize(1);
            assertThat(children(entry, "updated")).singleElement().satisfies(AtomFeedTest::assertDate);
            assertThat(children(entry, "author")).isNotEmpty();
            assertThat(children(entry, "link"))
                    .anySatisfy(link -> assertThat(link.getAttribute("rel")).isEqualTo("alternate"));
        }
        Element retracted = entries.getFirst();
        assertThat(children(retracted, "title").getFirst().getTextContent()).isEqualTo("Retracted: Grain exports");
        assertThat(children(retracted, "summary").getFirst().getTextContent())
                .isEqualTo("Retracted on 2025-04-06: Figures were wrong");
        Element live = entries.get(1);
        assertThat(children(live, "title").getFirst().getTextContent()).isEqualTo("Port strike & <the> \"ministry\"");
        assertThat(children(live, "id").getFirst().getTextContent())
                .isEqualTo("https://briefdesk.example/briefings/port-strike/editions/2");
        assertThat(children(children(live, "author").get(1), "name").getFirst().getTextContent())
                .isEqualTo("Bob <Writer>");
    }

    @Test
    void an_empty_feed_is_still_valid() throws Exception {
        Element feed =
                parse(AtomFeed.write(List.of(), "https://briefdesk.example")).getDocumentElement();
        assertThat(children(feed, "entry")).isEmpty();
        assertThat(children(feed, "author")).hasSize(1);
        assertThat(children(feed, "updated")).singleElement().satisfies(AtomFeedTest::assertDate);
    }
}
