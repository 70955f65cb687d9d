package org.briefdesk.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * How notification mails are sent, checked once at start-up: the From address, the address of
 * Briefdesk that links in a mail start with (without a trailing slash), the time of the daily digest
 * (UTC) and how often the outbox is looked at for mails that are due again.
 */
record MailSettings(InternetAddress from, String baseUrl, LocalTime digestTime, Duration pollInterval) {

    /** The path of the page where users change what they receive; also the List-Unsubscribe target. */
    static final String ACCOUNT_PATH = "account";

    /**
     * Reads the configured values, or refuses to start with a message that names the variable: mail
     * without links would send people nowhere, and mail without a sender is refused by most servers.
     */
    static MailSettings of(String from, String baseUrl, String digestTime, Duration pollInterval) {
        return new MailSettings(parseFrom(from), parseBaseUrl(baseUrl), parseDigestTime(digestTime), pollInterval);
    }

    /** The absolute address of an in-app path such as {@code briefings/12/edit?comment=3}. */
    String link(String path) {
        return baseUrl + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    String accountUrl() {
        return link(ACCOUNT_PATH);
    }

    private static InternetAddress parseFrom(String from) {
        if (from.isBlank()) {
            throw new IllegalStateException("E-mail is on (SPRING_MAIL_HOST is set), but BRIEFDESK_MAIL_FROM is not:"
                    + " set it to the address mails come from, e.g. 'Briefdesk <briefdesk@example.org>'.");
        }
        try {
            InternetAddress address = new InternetAddress(from.strip(), true);
            address.validate();
            return address;
        } catch (AddressException invalid) {
            throw new IllegalStateException(
                    "BRIEFDESK_MAIL_FROM is not an e-mail address: '" + from + "' (" + invalid.getMessage() + ")");
        }
    }

    private static String parseBaseUrl(String baseUrl) {
        String trimmed = baseUrl.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty()) {
            throw new IllegalStateException("E-mail is on (SPRING_MAIL_HOST is set), but BRIEFDESK_BASE_URL is not:"
                    + " mails link to Briefdesk, so set it to the address users open, e.g."
                    + " https://briefdesk.example.org.");
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http"))
                    || uri.getHost() == null
                    || uri.getQuery() != null
                    || uri.getFragment() != null) {
                throw new URISyntaxException(trimmed, "not an http(s) address without query or fragment");
            }
            return trimmed;
        } catch (URISyntaxException invalid) {
            throw new IllegalStateException("BRIEFDESK_BASE_URL must be the http(s) address users open Briefdesk at,"
                    + " e.g. https://briefdesk.example.org, not '" + baseUrl + "'.");
        }
    }

    private static LocalTime parseDigestTime(String digestTime) {
        try {
            return LocalTime.parse(digestTime.strip());
        } catch (DateTimeParseException invalid) {
            throw new IllegalStateException(
                    "BRIEFDESK_MAIL_DIGEST_TIME is a time of day in UTC such as 07:00, not '" + digestTime + "'.");
        }
    }
}
