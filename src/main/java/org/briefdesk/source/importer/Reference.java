package org.briefdesk.source.importer;

import java.time.LocalDate;
import java.util.List;
import org.briefdesk.source.AuthorName;
import org.jspecify.annotations.Nullable;

/**
 * One reference as a reference manager's export describes it (CSL JSON, BibTeX, RIS), already read
 * out of its format's notation; {@link ReferenceDocuments} makes it a document.
 *
 * @param title the title, or null when the reference has none
 * @param container the journal, newspaper, book or publisher it appeared in
 * @param doi the DOI, bare or as an address; used for the address when there is no URL
 * @param language a language tag ({@code en}, {@code pt-BR}) or a name ({@code english})
 * @param keywords the keywords as written
 * @param text the abstract or, failing that, the note; empty when the reference has neither
 * @param attachments the paths of attached files as written in the export, in order
 */
record Reference(
        @Nullable String title,
        List<AuthorName> authors,
        @Nullable String container,
        @Nullable LocalDate date,
        @Nullable String url,
        @Nullable String doi,
        @Nullable String language,
        List<String> keywords,
        String text,
        List<String> attachments) {

    Reference {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
        attachments = List.copyOf(attachments);
    }
}
