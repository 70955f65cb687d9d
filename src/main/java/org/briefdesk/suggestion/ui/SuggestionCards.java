package org.briefdesk.suggestion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.briefdesk.base.ui.ViewerTime;
import org.briefdesk.suggestion.SuggestionAnchor;
import org.briefdesk.suggestion.SuggestionDetails;
import org.briefdesk.suggestion.SuggestionState;

/**
 * What the Suggestions panel lists: a card per pending suggestion (who, when, what it deletes and
 * inserts, the note, and for an outdated one the text it was made on), the Accept all / Reject all row
 * for a person's suggestions, and a line per decided one. All text goes in as text, never as HTML.
 */
final class SuggestionCards {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

    /** What the buttons do. */
    interface Actions {

        void accept(SuggestionDetails suggestion);

        void reject(SuggestionDetails suggestion);

        void acceptAll(String author, String name);

        void rejectAll(String author, String name);

        /** Selects the suggestion's passage in the editor's text. */
        void show(SuggestionAnchor.Place place);
    }

    private SuggestionCards() {}

    static Div card(SuggestionDetails suggestion, boolean mayAccept, Actions actions) {
        Span who = new Span(suggestion.authorName() + " · " + ViewerTime.format(WHEN, suggestion.createdAt()));
        who.addClassName("bd-suggestion-who");
        Div change = new Div();
        change.addClassName("bd-suggestion-change");
        if (!suggestion.original().isEmpty()) {
            Span removed = new Span(suggestion.original());
            removed.addClassName("bd-suggested-delete");
            change.add(removed, new Span(" "));
        }
        if (!suggestion.replacement().isEmpty()) {
            Span inserted = new Span(suggestion.replacement());
            inserted.addClassName("bd-suggested-insert");
            change.add(inserted);
        }
        Div card = new Div(who, change);
        card.addClassName("bd-suggestion");
        card.getElement().setAttribute("aria-label", suggestion.authorName() + ": " + suggestion.summary());
        if (suggestion.note() != null) {
            Paragraph note = new Paragraph("“" + suggestion.note() + "”");
            note.addClassName("bd-suggestion-note");
            card.add(note);
        }
        if (suggestion.outdated()) {
            card.addClassName("bd-outdated");
            Paragraph outdated = new Paragraph("Outdated: this passage changed since. It was “…" + suggestion.before()
                    + suggestion.original() + suggestion.after() + "…”. Reject it, or make the change by hand.");
            outdated.addClassName("bd-suggestion-outdated");
            card.add(outdated);
        }
        card.add(buttons(suggestion, mayAccept, actions));
        return card;
    }

    private static HorizontalLayout buttons(SuggestionDetails suggestion, boolean mayAccept, Actions actions) {
        Button accept = new Button("Accept", VaadinIcon.CHECK.create(), click -> actions.accept(suggestion));
        accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        accept.setEnabled(mayAccept && !suggestion.outdated());
        accept.setAriaLabel("Accept: " + suggestion.summary());
        Button reject = new Button("Reject", VaadinIcon.CLOSE_SMALL.create(), click -> actions.reject(suggestion));
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        reject.setEnabled(mayAccept || suggestion.mine());
        reject.setAriaLabel("Reject: " + suggestion.summary());
        HorizontalLayout buttons = new HorizontalLayout(accept, reject);
        SuggestionAnchor.Place place = suggestion.place();
        if (place != null) {
            Button show = new Button("Show", click -> actions.show(place));
            show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            buttons.add(show);
        }
        return buttons;
    }

    /** Accept all / Reject all for the pending suggestions one person made ({@code theirs}). */
    static Component bulkRow(List<SuggestionDetails> theirs, boolean mayAccept, Actions actions) {
        String author = theirs.getFirst().author();
        String name = theirs.getFirst().authorName();
        Button acceptAll = new Button("Accept all by " + name, click -> actions.acceptAll(author, name));
        acceptAll.setEnabled(mayAccept);
        Button rejectAll = new Button("Reject all by " + name, click -> actions.rejectAll(author, name));
        rejectAll.setEnabled(mayAccept || theirs.getFirst().mine());
        acceptAll.addThemeVariants(ButtonVariant.LUMO_SMALL);
        rejectAll.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(acceptAll, rejectAll);
        row.setWrap(true);
        row.addClassName("bd-suggestion-bulk");
        return row;
    }

    static Div decidedLine(SuggestionDetails suggestion) {
        Div line = new Div(new Span((suggestion.state() == SuggestionState.ACCEPTED ? "Accepted" : "Rejected")
                + " by " + suggestion.decidedByName() + " · "
                + (suggestion.decidedAt() == null ? "" : ViewerTime.format(WHEN, suggestion.decidedAt()))
                + " · " + suggestion.authorName() + ": " + suggestion.summary()));
        line.addClassName("bd-suggestion-decided");
        return line;
    }

    /** What the preview says on hover over a marked stretch. */
    static String hover(SuggestionDetails suggestion) {
        return "Suggested by " + suggestion.authorName() + " · " + ViewerTime.format(WHEN, suggestion.createdAt())
                + (suggestion.note() == null ? "" : " · “" + suggestion.note() + "”");
    }
}
