package org.briefdesk.briefing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.briefdesk.base.ui.DialogKeys;
import org.briefdesk.base.ui.Notifications;
import org.briefdesk.citation.QuotationChecker;
import org.briefdesk.source.SourceDetails;
import org.briefdesk.source.SourceHit;
import org.briefdesk.source.SourceQuery;
import org.briefdesk.source.SourceService;
import org.jspecify.annotations.Nullable;

/**
 * "Cite source": search the library, open a source, optionally pick a passage of its text, then
 * insert {@code [@key]} or the passage as a quotation followed by {@code [@key]}.
 */
class CiteSourceDialog extends Dialog {

    interface InsertCallback {
        void insert(String markdown);
    }

    private final SourceService sourceService;
    private final InsertCallback callback;
    private final TextField search = new TextField("Search sources");
    private final Grid<SourceHit> results = new Grid<>();
    private final Div sourceText = new Div();
    private final TextArea passage = new TextArea("Passage");
    private final Span chosen = new Span("Choose a source from the list.");
    private final Button insertCitation = new Button("Insert citation");
    private final Button insertQuotation = new Button("Insert quotation");
    private @Nullable SourceDetails source;

    CiteSourceDialog(SourceService sourceService, InsertCallback callback) {
        this.sourceService = sourceService;
        this.callback = callback;
        setHeaderTitle("Cite source");
        setWidth("min(72rem, 96vw)");
        setHeight("min(48rem, 92vh)");
        add(createLayout());
        getFooter().add(new Button("Cancel", click -> close()), insertQuotation, insertCitation);
        insertCitation.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        insertCitation.addClickListener(click -> insertCitation());
        insertQuotation.addClickListener(click -> insertQuotation());
        // Enter in the search takes the first source found, and then cites it; Enter in the passage
        // quotes it (a quotation is one line, so Enter needs no other meaning there).
        com.vaadin.flow.component.Shortcuts.addShortcutListener(search, this::enterInSearch, Key.ENTER)
                .listenOn(search);
        DialogKeys.enterPresses(insertQuotation, passage);
        choose(null);
        refresh();
    }

    private void enterInSearch() {
        if (source != null) {
            insertCitation();
            return;
        }
        results.getListDataView().getItems().findFirst().ifPresent(results::select);
    }

    private Component createLayout() {
        search.setPlaceholder("Words, \"a phrase\", outlet…");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setWidthFull();
        search.addValueChangeListener(event -> refresh());
        results.addColumn(SourceHit::title).setHeader("Title").setKey("title").setFlexGrow(3);
        results.addColumn(hit -> hit.outlet() == null ? "" : hit.outlet())
                .setHeader("Outlet")
                .setKey("outlet");
        results.addColumn(hit -> hit.grade().label())
                .setHeader("Grade")
                .setKey("grade")
                .setAutoWidth(true);
        results.asSingleSelect().addValueChangeListener(event -> choose(event.getValue()));
        results.setHeight("16rem");
        VerticalLayout left = new VerticalLayout(search, results);
        left.setPadding(false);

        sourceText.addClassName("bd-cite-source-text");
        passage.setWidthFull();
        passage.setHelperText(
                "Select words in the text above and press “Use selection”, or paste them here; Enter quotes them");
        Button useSelection = new Button("Use selection", click -> copySelection());
        useSelection.addThemeVariants(ButtonVariant.LUMO_SMALL);
        VerticalLayout right = new VerticalLayout(chosen, sourceText, new HorizontalLayout(useSelection), passage);
        right.setPadding(false);
        HorizontalLayout layout = new HorizontalLayout(left, right);
        layout.setSizeFull();
        left.setWidth("45%");
        right.setWidth("55%");
        return layout;
    }

    private void refresh() {
        results.setItems(sourceService
                .search(new SourceQuery(search.getValue(), null, null, null, null), 0, 50)
                .hits());
    }

    private void choose(@Nullable SourceHit hit) {
        source = hit == null ? null : sourceService.findByKey(hit.citationKey()).orElse(null);
        sourceText.removeAll();
        passage.clear();
        insertCitation.setEnabled(source != null);
        insertQuotation.setEnabled(source != null);
        if (source == null) {
            chosen.setText("Choose a source from the list.");
            return;
        }
        String grade = source.grade().label().isEmpty()
                ? "not graded"
                : "grade " + source.grade().label();
        chosen.setText("@" + source.citationKey() + " — " + source.title() + " (" + grade + ")");
        for (String paragraph : source.body().split("\n\\s*\n")) {
            sourceText.add(new com.vaadin.flow.component.html.Paragraph(paragraph));
        }
    }

    private void copySelection() {
        sourceText
                .getElement()
                .executeJs(
                        "const s = window.getSelection(); return s && this.contains(s.anchorNode) ? s.toString() : '';")
                .then(String.class, selected -> {
                    if (selected != null && !selected.isBlank()) {
                        passage.setValue(selected.strip());
                    } else {
                        Notifications.error("Select words in the source's text first.");
                    }
                });
    }

    private void insertCitation() {
        if (source == null) {
            return;
        }
        callback.insert("[@" + source.citationKey() + "]");
        close();
    }

    private void insertQuotation() {
        if (source == null) {
            return;
        }
        String text = passage.getValue().strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            passage.setInvalid(true);
            passage.setErrorMessage("Pick the passage to quote first.");
            return;
        }
        if (QuotationChecker.verify(text, source.body()).isEmpty()) {
            passage.setInvalid(true);
            passage.setErrorMessage("This passage is not in @" + source.citationKey() + "'s text, word for word.");
            return;
        }
        callback.insert("“" + text + "” [@" + source.citationKey() + "]");
        close();
    }
}
