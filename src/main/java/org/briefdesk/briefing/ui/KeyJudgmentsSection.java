package org.briefdesk.briefing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.briefdesk.source.SourceService;
import org.briefdesk.tradecraft.Confidence;
import org.briefdesk.tradecraft.KeyJudgment;
import org.briefdesk.tradecraft.Yardstick;
import org.jspecify.annotations.Nullable;

/**
 * "Key judgments" between the details and the text: one row per judgment, with its sentence (which
 * cites sources as the text does), its likelihood from the briefing's yardstick and its confidence.
 * Changes count as typing: they are saved with the text and checked at once.
 */
final class KeyJudgmentsSection {

    /** Called when the user changed a judgment. */
    interface Changed {
        void changed();
    }

    private final SourceService sourceService;
    private final Changed changed;
    private final Details details = new Details();
    private final Div rows = new Div();
    private final Button add = new Button("Add key judgment", VaadinIcon.PLUS.create());
    private final List<Row> shown = new ArrayList<>();
    private Yardstick yardstick = Yardstick.ICD_203;
    private boolean editable;

    KeyJudgmentsSection(SourceService sourceService, Changed changed) {
        this.sourceService = sourceService;
        this.changed = changed;
        rows.addClassName("bd-judgments");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(click -> {
            Row row = addRow(KeyJudgment.create("", null, null));
            details.setOpened(true);
            summary();
            row.sentence.focus();
            changed.changed();
        });
        details.add(rows, add);
        details.setWidthFull();
        details.addClassName("bd-judgments-section");
    }

    Component component() {
        return details;
    }

    /** Shows the judgments, on this yardstick. */
    void show(List<KeyJudgment> judgments, Yardstick yardstick, boolean editable) {
        this.yardstick = yardstick;
        this.editable = editable;
        rows.removeAll();
        shown.clear();
        judgments.forEach(this::addRow);
        add.setVisible(editable);
        // Open where there is something to read or to add (then it is one button high).
        details.setOpened(editable || !judgments.isEmpty());
        // Readers of a briefing without judgments need no empty section.
        details.setVisible(editable || !judgments.isEmpty());
        summary();
    }

    /** Another yardstick: the likelihoods offered change; a chosen one it lacks stays and is flagged. */
    void yardstick(Yardstick yardstick) {
        if (yardstick != this.yardstick) {
            List<KeyJudgment> judgments = values();
            show(judgments, yardstick, editable);
        }
    }

    /** The judgments as they stand in the rows. */
    List<KeyJudgment> values() {
        return shown.stream().map(Row::value).toList();
    }

    /** Selects words of a judgment's sentence, for a finding about it. */
    void select(String judgmentId, int start, int end) {
        for (Row row : shown) {
            if (row.id.equals(judgmentId)) {
                details.setOpened(true);
                row.sentence
                        .getElement()
                        .executeJs(
                                "this.focus(); const input = this.inputElement;"
                                        + " if (input) { input.setSelectionRange($0, $1); }",
                                start,
                                end);
            }
        }
    }

    private void summary() {
        details.setSummaryText(shown.isEmpty() ? "Key judgments" : "Key judgments (" + shown.size() + ")");
    }

    private Row addRow(KeyJudgment judgment) {
        Row row = new Row(judgment);
        shown.add(row);
        rows.add(row.layout);
        return row;
    }

    /** One judgment's fields. */
    private final class Row {

        private final String id;
        private final TextField sentence = new TextField();
        private final Select<String> likelihood = new Select<>();
        private final Select<Confidence> confidence = new Select<>();
        private final HorizontalLayout layout = new HorizontalLayout();

        Row(KeyJudgment judgment) {
            this.id = judgment.id();
            int number = shown.size() + 1;
            sentence.setLabel("Key judgment " + number);
            sentence.setPlaceholder("One sentence, citing what it rests on: [@key]");
            sentence.setMaxLength(KeyJudgment.TEXT_MAX);
            sentence.setValue(judgment.text());
            sentence.setValueChangeMode(ValueChangeMode.LAZY);
            sentence.addClassName("bd-judgment-sentence");
            List<String> terms = new ArrayList<>(
                    yardstick.terms().stream().map(Yardstick.Term::words).toList());
            if (judgment.likelihood() != null
                    && yardstick.term(judgment.likelihood()).isEmpty()) {
                terms.add(judgment.likelihood());
            }
            likelihood.setLabel("Likelihood");
            likelihood.setItems(terms);
            // The generator also labels the empty selection, with null.
            likelihood.setItemLabelGenerator(words -> words == null
                    ? ""
                    : yardstick
                            .term(words)
                            .map(term -> words + " (" + term.range() + ")")
                            .orElse(words + " (not on this yardstick)"));
            likelihood.setEmptySelectionAllowed(true);
            likelihood.setEmptySelectionCaption("Choose…");
            likelihood.setValue(judgment.likelihood() == null ? null : canonical(judgment.likelihood(), terms));
            confidence.setLabel("Confidence");
            confidence.setItems(Confidence.values());
            confidence.setItemLabelGenerator(level -> level == null ? "" : level.label());
            confidence.setEmptySelectionAllowed(true);
            confidence.setEmptySelectionCaption("Choose…");
            confidence.setValue(judgment.confidence());
            Button cite = new Button(
                    VaadinIcon.BOOK.create(),
                    click -> new CiteSourceDialog(sourceService, markdown -> {
                                String text = sentence.getValue().stripTrailing();
                                boolean endsWithStop = text.endsWith(".");
                                String base = endsWithStop ? text.substring(0, text.length() - 1) : text;
                                sentence.setValue(base + " " + markdown.strip() + (endsWithStop ? "." : ""));
                                changed.changed();
                            })
                            .open());
            cite.setTooltipText("Cite a source for this judgment");
            cite.setAriaLabel("Cite a source for key judgment " + number);
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                shown.remove(this);
                // Shown again, so that the ones after it take their new numbers.
                show(values(), yardstick, editable);
                changed.changed();
            });
            remove.setTooltipText("Remove this judgment");
            remove.setAriaLabel("Remove key judgment " + number);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            sentence.addValueChangeListener(event -> fromUser(event.isFromClient()));
            likelihood.addValueChangeListener(event -> fromUser(event.isFromClient()));
            confidence.addValueChangeListener(event -> fromUser(event.isFromClient()));
            sentence.setReadOnly(!editable);
            likelihood.setReadOnly(!editable);
            confidence.setReadOnly(!editable);
            cite.setVisible(editable);
            remove.setVisible(editable);
            layout.add(sentence, likelihood, confidence, cite, remove);
            layout.setWidthFull();
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.setFlexGrow(1, sentence);
            layout.addClassName("bd-judgment");
        }

        private void fromUser(boolean fromClient) {
            if (fromClient) {
                changed.changed();
            }
        }

        KeyJudgment value() {
            return new KeyJudgment(id, sentence.getValue(), likelihood.getValue(), confidence.getValue());
        }
    }

    /** The item the stored likelihood stands for ("likely" is PHIA's "likely or probable"). */
    private @Nullable String canonical(String stored, List<String> terms) {
        return yardstick
                .term(stored)
                .map(Yardstick.Term::words)
                .filter(terms::contains)
                .orElse(terms.stream()
                        .filter(term -> Objects.equals(term, stored))
                        .findFirst()
                        .orElse(null));
    }
}
