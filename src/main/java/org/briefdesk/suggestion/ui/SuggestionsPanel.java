package org.briefdesk.suggestion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.base.ui.ErrorMessages;
import org.briefdesk.base.ui.Notifications;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingEvents;
import org.briefdesk.briefing.ui.EditorPanelContribution;
import org.briefdesk.citation.Finding;
import org.briefdesk.suggestion.SuggestionAnchor;
import org.briefdesk.suggestion.SuggestionDetails;
import org.briefdesk.suggestion.SuggestionService;
import org.briefdesk.suggestion.SuggestionState;
import org.jspecify.annotations.Nullable;

/**
 * The suggestions on the briefing in the editor: a toggle ("Suggestions (2)"), and the panel listing
 * the pending ones in text order, each with Accept and Reject (Accept all / Reject all per person),
 * the outdated ones with the text they were made on, and the decided ones as history. It also gives
 * the editor its Suggesting mode, the suggestions' marks in the preview, what accepting each would
 * make the checks find, and the timeline's lines.
 */
class SuggestionsPanel implements EditorPanelContribution.Panel, EditorPanelContribution.Suggesting {

    static final String SUGGESTIONS_PARAMETER = "suggestions";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SuggestionsPanel.class);

    private final SuggestionService service;
    private final EditorPanelContribution.Editor editor;
    private final Button toggle = new Button();
    private final Div panel = new Div();
    private final Div pendingList = new Div();
    private final Details history = new Details();
    private final Div historyList = new Div();
    private final Paragraph empty = new Paragraph(
            "No suggestions wait for a decision. In Suggesting mode, what you type waits here for the authors"
                    + " to accept or reject it.");
    /** What the list shows, by suggestion (or person), kept from one update to the next. */
    private final Map<String, Shown> shownBy = new java.util.HashMap<>();

    private @Nullable BriefingDetails briefing;
    private List<SuggestionDetails> all = List.of();
    private boolean mayAccept;
    /** The last checks asked for, by the text and pending suggestions they were made for. */
    private @Nullable String checkedFor;

    private List<Finding> checked = List.of();

    SuggestionsPanel(SuggestionService service, EditorPanelContribution.Editor editor) {
        this.service = service;
        this.editor = editor;
        toggle.setIcon(VaadinIcon.EDIT.create());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.addClickListener(click -> setOpen(!panel.isVisible()));
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> setOpen(false));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        close.setAriaLabel("Close suggestions");
        HorizontalLayout header = new HorizontalLayout(new H3("Suggestions"), close);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(header.getComponentAt(0));
        pendingList.addClassName("bd-suggestion-list");
        empty.addClassName("bd-empty-state");
        history.setSummaryText("History");
        history.add(historyList);
        panel.add(header, pendingList, history);
        panel.addClassName("bd-suggestions");
        panel.getElement().setAttribute("role", "complementary");
        panel.getElement().setAttribute("aria-label", "Suggestions");
        panel.setVisible(false);
    }

    @Override
    public List<Component> toolbar() {
        return List.of(toggle);
    }

    @Override
    public Component panel() {
        return panel;
    }

    @Override
    public void briefingShown(BriefingDetails details) {
        boolean other = briefing == null || briefing.id() != details.id();
        briefing = details;
        if (other) {
            shownBy.clear();
        }
        refresh();
        if (other && pending().findAny().isPresent()) {
            setOpen(true);
        }
    }

    @Override
    public void opened(QueryParameters parameters) {
        if (parameters.getSingleParameter(SUGGESTIONS_PARAMETER).isPresent()) {
            setOpen(true);
        }
    }

    @Override
    public void briefingEvent(BriefingEvents.Event event) {
        if (event instanceof BriefingEvents.SuggestionsChanged || event instanceof BriefingEvents.Saved) {
            try {
                refresh();
            } catch (RuntimeException failure) {
                // Someone else's change could not be read now (the database is away, say): the panel
                // shows it with the next update or action of this user, who is not interrupted.
                log.warn("Suggestions of briefing {} not updated", event.briefingId(), failure);
            }
        }
    }

    // ------------------------------------------------------------------ what the editor asks

    @Override
    public Optional<EditorPanelContribution.Suggesting> suggesting() {
        return Optional.of(this);
    }

    @Override
    public boolean available(BriefingDetails details) {
        return service.maySuggest(details.id());
    }

    @Override
    public boolean byDefault(BriefingDetails details) {
        // Those who may not edit the text (an editor reviewing) suggest; its authors edit.
        return !details.editableByMe();
    }

    @Override
    public String suggest(long baseRevisionId, String edited, @Nullable String note) {
        if (briefing == null) {
            return "Nothing suggested";
        }
        int made = service.suggest(briefing.id(), baseRevisionId, edited, note);
        refresh();
        setOpen(true);
        return made == 0
                ? "Nothing to suggest: the text is as it was"
                : made == 1 ? "1 suggestion saved" : made + " suggestions saved";
    }

    @Override
    public List<Finding> checks(String text, List<Finding> current) {
        if (briefing == null || pending().findAny().isEmpty()) {
            return List.of();
        }
        String key = text + '\u0000' + pending().map(s -> Long.toString(s.id())).collect(Collectors.joining(","));
        if (!key.equals(checkedFor)) {
            checked = service.checks(briefing.id(), text);
            checkedFor = key;
        }
        return checked;
    }

    @Override
    public Optional<EditorPanelContribution.PreviewMarks> previewMarks(String text) {
        return SuggestionMarks.of(text, pending().toList(), SuggestionCards::hover)
                .map(marks -> marks);
    }

    @Override
    public List<EditorPanelContribution.TimelineEntry> timeline() {
        List<EditorPanelContribution.TimelineEntry> entries = new ArrayList<>();
        // One line per save of suggestions: same person, same moment.
        Map<String, List<SuggestionDetails>> made = new LinkedHashMap<>();
        all.forEach(s -> made.computeIfAbsent(s.author() + "@" + s.createdAt(), key -> new ArrayList<>())
                .add(s));
        made.values()
                .forEach(group -> entries.add(new EditorPanelContribution.TimelineEntry(
                        group.getFirst().createdAt(),
                        group.getFirst().authorName() + " · suggested "
                                + (group.size() == 1 ? "a change" : group.size() + " changes"),
                        group.stream().map(SuggestionDetails::summary).collect(Collectors.joining("; ")))));
        all.stream()
                .filter(s -> s.decidedAt() != null)
                .forEach(s -> entries.add(new EditorPanelContribution.TimelineEntry(
                        s.decidedAt(),
                        s.decidedByName() + " · " + (s.state() == SuggestionState.ACCEPTED ? "accepted " : "rejected ")
                                + s.authorName() + "’s suggestion",
                        s.summary())));
        return entries;
    }

    // ------------------------------------------------------------------ the panel

    private java.util.stream.Stream<SuggestionDetails> pending() {
        return all.stream().filter(SuggestionDetails::pending);
    }

    private void setOpen(boolean open) {
        panel.setVisible(open);
        toggle.getElement().setAttribute("aria-pressed", Boolean.toString(open));
    }

    /** Reads the suggestions again, placed in the editor's text, and shows them. */
    void refresh() {
        if (briefing == null) {
            return;
        }
        all = service.suggestions(briefing.id(), editor.text());
        mayAccept = service.mayAccept(briefing.id());
        long waiting = pending().count();
        toggle.setText(waiting == 0 ? "Suggestions" : "Suggestions (" + waiting + ")");
        toggle.setTooltipText(
                waiting == 1 ? "1 suggestion waits for a decision" : waiting + " suggestions wait for a decision");
        List<Component> shown = new ArrayList<>();
        if (waiting == 0) {
            shown.add(empty);
        }
        shown.addAll(perPerson());
        pending().forEach(suggestion -> shown.add(card(suggestion)));
        // What stays the same keeps its components: a second click right after the first one (which
        // brought this update) lands on the button it was aimed at, not on one that was replaced.
        shownBy.values().removeIf(kept -> !shown.contains(kept.component()));
        if (!shown.equals(pendingList.getChildren().toList())) {
            pendingList.removeAll();
            shown.forEach(pendingList::add);
        }
        historyList.removeAll();
        List<SuggestionDetails> decided = all.stream().filter(s -> !s.pending()).toList();
        decided.forEach(suggestion -> historyList.add(SuggestionCards.decidedLine(suggestion)));
        history.setSummaryText("History (" + decided.size() + ")");
        history.setVisible(!decided.isEmpty());
    }

    /**
     * A component shown for a suggestion (or a person's suggestions) as long as what it shows is the
     * same: its {@code shows} says what that is.
     */
    private record Shown(String shows, Component component) {}

    /** The component showing {@code shows} from the last update, or a new one. */
    private Component kept(String key, String shows, java.util.function.Supplier<Component> make) {
        Shown before = shownBy.get(key);
        if (before != null && before.shows().equals(shows)) {
            return before.component();
        }
        Component made = make.get();
        shownBy.put(key, new Shown(shows, made));
        return made;
    }

    /** Accept all / Reject all for each person with two or more pending suggestions. */
    private List<Component> perPerson() {
        Map<String, List<SuggestionDetails>> byAuthor = new LinkedHashMap<>();
        pending()
                .forEach(s -> byAuthor.computeIfAbsent(s.author(), key -> new ArrayList<>())
                        .add(s));
        List<Component> rows = new ArrayList<>();
        byAuthor.forEach((author, theirs) -> {
            if (theirs.size() < 2) {
                return;
            }
            String shows = theirs.stream().map(t -> Long.toString(t.id())).toList() + " " + mayAccept;
            rows.add(kept("person:" + author, shows, () -> SuggestionCards.bulkRow(theirs, mayAccept, actions)));
        });
        return rows;
    }

    private Component card(SuggestionDetails suggestion) {
        String shows = suggestion.place() + " " + mayAccept;
        return kept("suggestion:" + suggestion.id(), shows, () -> SuggestionCards.card(suggestion, mayAccept, actions));
    }

    /**
     * Runs a decision. Accepting saves: what the author typed is saved first, and the editor then
     * shows the new revision. A refusal says why; nothing changes.
     */
    private void act(java.util.function.Supplier<String> decision, boolean changesText) {
        if (changesText && !editor.saveChanges()) {
            // The save said why (not saved, or the conflict view); nothing is accepted over it.
            Notifications.error("Your own changes are not saved yet: save them (or resolve the conflict), then"
                    + " accept the suggestion.");
            return;
        }
        try {
            String done = decision.get();
            if (changesText) {
                editor.reload();
            }
            refresh();
            editor.refreshChecks();
            Notifications.success(done + ".");
        } catch (ActionRefusedException refused) {
            Notifications.error(refused.getMessage());
            refresh();
        } catch (RuntimeException failure) {
            Notifications.error(ErrorMessages.forUser(failure));
        }
    }

    /** What the cards' buttons do: each decision through {@link #act}. */
    private final SuggestionCards.Actions actions = new SuggestionCards.Actions() {
        @Override
        public void accept(SuggestionDetails suggestion) {
            act(
                    () -> {
                        service.accept(suggestion.id());
                        return "Accepted " + suggestion.authorName() + "’s suggestion";
                    },
                    true);
        }

        @Override
        public void reject(SuggestionDetails suggestion) {
            act(
                    () -> {
                        service.reject(suggestion.id());
                        return "Rejected " + suggestion.authorName() + "’s suggestion";
                    },
                    false);
        }

        @Override
        public void acceptAll(String author, String name) {
            act(
                    () -> {
                        service.acceptAll(briefingId(), author);
                        return "Accepted " + name + "’s suggestions";
                    },
                    true);
        }

        @Override
        public void rejectAll(String author, String name) {
            act(
                    () -> {
                        int rejected = service.rejectAll(briefingId(), author);
                        return "Rejected " + rejected + " of " + name + "’s suggestions";
                    },
                    false);
        }

        @Override
        public void show(SuggestionAnchor.Place place) {
            editor.select(place.start(), place.end());
        }
    };

    private long briefingId() {
        return briefing == null ? -1 : briefing.id();
    }
}
