package org.briefdesk.publishing;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * The Atom 1.0 feed (RFC 4287) of public editions. Written with the JDK's XML writer, which escapes
 * every piece of text; characters XML cannot carry at all (most control characters) are dropped.
 */
public final class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /** One entry: the latest public edition of a briefing, and its retraction if it has one. */
    public record Entry(FrozenEdition edition, @Nullable Retraction retraction) {

        Instant updated() {
            return retraction != null ? retraction.retractedAt() : edition.publishedAt();
        }
    }

    private AtomFeed() {}

    /**
     * The feed document. {@code baseUrl} is the absolute address of the application (no trailing
     * slash), used for the feed's and the entries' links and ids.
     */
    public static String write(List<Entry> entries, String baseUrl) {
        List<Entry> sorted = entries.stream()
                .sorted(Comparator.comparing(Entry::updated).reversed())
                .toList();
        Instant updated = sorted.isEmpty() ? Instant.EPOCH : sorted.getFirst().updated();
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", baseUrl + "/feed.atom");
            element(xml, "title", "Briefdesk briefings");
            element(xml, "updated", timestamp(updated));
            link(xml, "self", baseUrl + "/feed.atom", "application/atom+xml");
            link(xml, "alternate", baseUrl + "/", "text/html");
            xml.writeStartElement("author");
            element(xml, "name", "Briefdesk");
            xml.writeEndElement();
            for (Entry entry : sorted) {
                entry(xml, entry, baseUrl);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException impossible) {
            throw new IllegalStateException("Could not write the feed", impossible);
        }
        return text.toString();
    }

    private static void entry(XMLStreamWriter xml, Entry entry, String baseUrl) throws XMLStreamException {
        FrozenEdition edition = entry.edition();
        String page = baseUrl + "/briefings/" + edition.slug();
        xml.writeStartElement("entry");
        element(xml, "id", page + "/editions/" + edition.number());
        Retraction retraction = entry.retraction();
        element(xml, "title", retraction == null ? edition.title() : "Retracted: " + edition.title());
        link(xml, "alternate", page, "text/html");
        element(xml, "published", timestamp(edition.publishedAt()));
        element(xml, "updated", timestamp(entry.updated()));
        for (String author : edition.authors()) {
            xml.writeStartElement("author");
            element(xml, "name", author);
            xml.writeEndElement();
        }
        if (retraction != null) {
            element(
                    xml,
                    "summary",
                    "Retracted on "
                            + DateTimeFormatter.ISO_LOCAL_DATE.format(
                                    retraction.retractedAt().atOffset(java.time.ZoneOffset.UTC))
                            + ": " + retraction.reason());
        } else if (edition.summary() != null && !edition.summary().isBlank()) {
            element(xml, "summary", edition.summary());
        }
        for (String tag : edition.tags()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", xmlSafe(tag));
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlSafe(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", xmlSafe(href));
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Only the characters XML 1.0 allows. */
    static String xmlSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean allowed = c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
            if (allowed) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
