package org.briefdesk.mail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.briefdesk.notification.NotificationKind;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes notification mails: one notification, or a digest of several, each as plain text and HTML
 * with absolute links into Briefdesk and a footer that says where to change what one receives. The
 * HTML is built as a jsoup tree with every user-written word (titles, comments, names) set as text,
 * so it is escaped whatever it holds; nothing is ever concatenated into markup.
 */
final class MailComposer {

    /** A notification in a digest. */
    record Item(NotificationKind kind, String message, String link, Instant createdAt) {}

    private static final int SUBJECT_MAX = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final MailSettings settings;

    MailComposer(MailSettings settings) {
        this.settings = settings;
    }

    /** The mail for one notification; {@code about} (a briefing's title) goes into the subject. */
    ComposedMail single(NotificationKind kind, String message, String link, String about) {
        String subject = oneLine(about).isEmpty()
                ? kind.label() + ": " + oneLine(message)
                : kind.label() + ": “" + oneLine(about) + "”";
        String url = settings.link(link);
        String text = message + "\n\nOpen it in Briefdesk:\n" + url + "\n" + textFooter();
        String html = html(cut(subject), body -> {
            body.appendElement("p").text(message);
            body.appendElement("p").appendElement("a").attr("href", url).text("Open it in Briefdesk");
        });
        return new ComposedMail(cut(subject), text, html);
    }

    /** The daily digest of the notifications given, oldest first. */
    ComposedMail digest(List<Item> items) {
        String subject = "Briefdesk digest: " + items.size() + (items.size() == 1 ? " notification" : " notifications");
        String intro = "What happened in Briefdesk since your last digest:";
        StringBuilder text = new StringBuilder(intro).append("\n");
        for (Item item : items) {
            text.append("\n* ")
                    .append(item.kind().label())
                    .append(" — ")
                    .append(WHEN.format(item.createdAt()))
                    .append("\n  ")
                    .append(item.message())
                    .append("\n  ")
                    .append(settings.link(item.link()))
                    .append("\n");
        }
        text.append(textFooter());
        String html = html(subject, body -> {
            body.appendElement("p").text(intro);
            Element list = body.appendElement("ul");
            for (Item item : items) {
                Element entry = list.appendElement("li");
                entry.appendElement("strong").text(item.kind().label());
                entry.appendText(" — " + WHEN.format(item.createdAt()));
                entry.appendElement("br");
                entry.appendText(item.message() + " ");
                entry.appendElement("a")
                        .attr("href", settings.link(item.link()))
                        .text("Open");
            }
        });
        return new ComposedMail(subject, text.toString(), html);
    }

    private String textFooter() {
        return "\n-- \nYou get this e-mail because of your settings in Briefdesk. Change what you receive,"
                + " or turn it off, under Your account:\n" + settings.accountUrl() + "\n";
    }

    private String html(String title, Consumer<Element> content) {
        Document document = Document.createShell("");
        document.outputSettings().charset(StandardCharsets.UTF_8);
        document.head().appendElement("meta").attr("charset", "utf-8");
        document.title(title);
        content.accept(document.body());
        Element footer = document.body().appendElement("p").attr("style", "color:#666;font-size:smaller");
        footer.appendText("You get this e-mail because of your settings in Briefdesk. Change what you receive, or"
                + " turn it off, under ");
        footer.appendElement("a").attr("href", settings.accountUrl()).text("Your account");
        footer.appendText(".");
        return "<!DOCTYPE html>\n" + document.outerHtml();
    }

    /** Subjects are one line: line breaks or tabs in a title must not reach a mail header. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cc}\\p{Z}]+", " ").strip();
    }

    private static String cut(String subject) {
        return subject.length() <= SUBJECT_MAX ? subject : subject.substring(0, SUBJECT_MAX - 1) + "…";
    }
}
