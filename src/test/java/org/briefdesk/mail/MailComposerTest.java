package org.briefdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.briefdesk.notification.NotificationKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MailComposerTest {

    private static final MailSettings SETTINGS = MailSettings.of(
            "Briefdesk <briefdesk@example.org>", "https://briefdesk.example.org/", "07:00", Duration.ofSeconds(30));

    private final MailComposer composer = new MailComposer(SETTINGS);

    @Test
    void one_notification_has_a_subject_with_the_title_and_the_absolute_link_in_text_and_html() {
        ComposedMail mail = composer.single(
                NotificationKind.REVIEW_REQUESTED,
                "Alice Moreau asks for a review of “Keleva talks”.",
                "briefings/12/edit",
                "Keleva talks");

        assertThat(mail.subject()).isEqualTo("Review requested: “Keleva talks”");
        assertThat(mail.text())
                .contains("Alice Moreau asks for a review of “Keleva talks”.")
                .contains("https://briefdesk.example.org/briefings/12/edit")
                .contains("https://briefdesk.example.org/account");
        Document html = Jsoup.parse(mail.html());
        assertThat(html.select("a[href]").eachAttr("href"))
                .containsExactly(
                        "https://briefdesk.example.org/briefings/12/edit", "https://briefdesk.example.org/account");
        assertThat(html.body().text()).contains("Alice Moreau asks for a review of “Keleva talks”.");
    }

    @Test
    void user_text_is_escaped_in_the_html_and_never_becomes_markup() {
        String title = "<script>alert('x')</script> & \"quotes\" <img src=x onerror=alert(1)>";
        ComposedMail mail = composer.single(
                NotificationKind.MENTION,
                "Erin mentioned you on “" + title + "”: look",
                "briefings/3/edit?comment=9",
                title);

        assertThat(mail.html()).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
        Document html = Jsoup.parse(mail.html());
        assertThat(html.select("script, img")).isEmpty();
        assertThat(html.select("[onerror]")).isEmpty();
        assertThat(html.body().text()).contains(title);
        assertThat(html.title()).isEqualTo(mail.subject());
        // The text part is plain text: it keeps the words as they were typed.
        assertThat(mail.text()).contains(title);
        assertThat(html.select("a").first().attr("href"))
                .isEqualTo("https://briefdesk.example.org/briefings/3/edit?comment=9");
    }

    @Test
    void a_subject_is_one_line_whatever_the_title_holds() {
        ComposedMail mail =
                composer.single(NotificationKind.APPROVED, "m", "briefings/1/edit", "Two\r\nBcc: x@y.org\tlines");

        assertThat(mail.subject())
                .isEqualTo("Approved: “Two Bcc: x@y.org lines”")
                .doesNotContain("\n", "\r");
    }

    @Test
    void without_a_title_the_subject_names_the_message() {
        ComposedMail mail = composer.single(NotificationKind.REPLY, "Bob replied: fine", "briefings/1/edit", "");

        assertThat(mail.subject()).isEqualTo("Reply: Bob replied: fine");
    }

    @Test
    void a_digest_lists_every_notification_with_its_link_in_one_mail() {
        Instant at = Instant.parse("2026-05-04T09:15:00Z");
        ComposedMail mail = composer.digest(List.of(
                new MailComposer.Item(NotificationKind.APPROVED, "Erin approved “A”.", "briefings/1/edit", at),
                new MailComposer.Item(
                        NotificationKind.PUBLISHED,
                        "Erin published edition 1 of “<b>B</b>”.",
                        "briefings/2/edit",
                        at)));

        assertThat(mail.subject()).isEqualTo("Briefdesk digest: 2 notifications");
        assertThat(mail.text())
                .contains(
                        "* Approved — 4 May 2026, 09:15 UTC\n  Erin approved “A”.\n  https://briefdesk.example.org/briefings/1/edit")
                .contains("Erin published edition 1 of “<b>B</b>”.");
        Document html = Jsoup.parse(mail.html());
        assertThat(html.select("li")).hasSize(2);
        assertThat(html.select("li b")).isEmpty();
        assertThat(html.select("li a").eachAttr("href"))
                .containsExactly(
                        "https://briefdesk.example.org/briefings/1/edit",
                        "https://briefdesk.example.org/briefings/2/edit");
    }

    @Test
    void mail_refuses_to_start_without_a_base_url_or_from_address_and_says_which_is_missing() {
        assertThatThrownBy(() -> MailSettings.of("briefdesk@example.org", "", "07:00", Duration.ofSeconds(30)))
                .hasMessageContaining("BRIEFDESK_BASE_URL");
        assertThatThrownBy(() -> MailSettings.of("", "https://b.example.org", "07:00", Duration.ofSeconds(30)))
                .hasMessageContaining("BRIEFDESK_MAIL_FROM");
        assertThatThrownBy(() -> MailSettings.of("not an address", "https://b.example.org", "07:00", Duration.ZERO))
                .hasMessageContaining("BRIEFDESK_MAIL_FROM");
        assertThatThrownBy(() -> MailSettings.of("a@example.org", "briefdesk.example.org", "07:00", Duration.ZERO))
                .hasMessageContaining("BRIEFDESK_BASE_URL");
        assertThatThrownBy(() -> MailSettings.of("a@example.org", "https://b.example.org", "7 am", Duration.ZERO))
                .hasMessageContaining("BRIEFDESK_MAIL_DIGEST_TIME");
    }
}
