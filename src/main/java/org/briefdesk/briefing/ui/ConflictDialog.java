package org.briefdesk.briefing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.SaveConflict;
import org.briefdesk.marking.Tlp;
import org.briefdesk.merge.TextMerge;
import org.briefdesk.tradecraft.KeyJudgment;
import org.briefdesk.tradecraft.KeyJudgments;
import org.briefdesk.tradecraft.Yardstick;
import org.jspecify.annotations.Nullable;

/**
 * The conflict view (PRODUCT section 4): each passage both sides changed, shown side by side as
 * before, theirs and yours, with "Keep mine", "Keep theirs" or an edit by hand, and the fields both
 * changed. Saving produces a new revision based on the current one. The author's text is safe in
 * every path: it is already stored as a conflicted revision, and closing the dialog leaves it in the
 * editor.
 */
class ConflictDialog extends Dialog {

    /** Receives the resolution to save. */
    interface ResolvedCallback {
        void resolved(BriefingDraft resolution);
    }

    private final SaveConflict conflict;
    private final List<List<String>> hunks = new ArrayList<>();
    private final Map<SaveConflict.Field, @Nullable String> fields = new EnumMap<>(SaveConflict.Field.class);

    ConflictDialog(SaveConflict conflict, ResolvedCallback callback) {
        this.conflict = conflict;
        String them = conflict.theirNames();
        setHeaderTitle("Your changes overlap with " + them + "’s");
        setWidth("min(80rem, 98vw)");
        addClassName("bd-conflict");
        Paragraph intro = new Paragraph("Nothing is lost: your text is kept as revision "
                + conflict.yours().number()
                + ". Everything that did not overlap is merged already. For each passage below, keep your"
                + " version, keep " + them + "’s, or edit the result by hand, then save.");
        add(intro);
        for (SaveConflict.FieldConflict field : conflict.fields()) {
            add(createField(field, them));
        }
        List<TextMerge.Conflict> passages = conflict.body().conflicts();
        for (int i = 0; i < passages.size(); i++) {
            add(createHunk(i, passages.size(), passages.get(i), them));
        }
        Button cancel = new Button("Close", click -> close());
        cancel.setTooltipText("Your text stays in the editor and in revision "
                + conflict.yours().number());
        Button save = new Button("Save resolution", click -> {
            BriefingDraft resolution = resolution();
            close();
            callback.resolved(resolution);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // The results are multi-line: Ctrl+Enter anywhere in the view saves the resolution.
        org.briefdesk.base.ui.DialogKeys.ctrlEnterPresses(save, this);
        getFooter().add(cancel, save);
    }

    /** The draft the current choices make. */
    BriefingDraft resolution() {
        return conflict.resolve(List.copyOf(hunks), fields);
    }

    private Component createHunk(int index, int count, TextMerge.Conflict passage, String them) {
        hunks.add(passage.mine());
        TextArea base = readOnly("Before", passage.baseText());
        TextArea theirs = readOnly(them + "’s version", passage.theirsText());
        TextArea mine = readOnly("Your version", passage.mineText());
        TextArea result = new TextArea("Result");
        result.setWidthFull();
        result.setValue(passage.mineText());
        result.addClassName("bd-conflict-result");
        result.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                hunks.set(index, TextMerge.lines(event.getValue()));
            }
        });
        Button keepMine = new Button("Keep mine", click -> {
            hunks.set(index, passage.mine());
            result.setValue(passage.mineText());
        });
        Button keepTheirs = new Button("Keep theirs", click -> {
            hunks.set(index, passage.theirs());
            result.setValue(passage.theirsText());
        });
        keepTheirs.setTooltipText("Use " + them + "’s version of this passage");
        return section("Passage " + (index + 1) + " of " + count, base, theirs, mine, result, keepMine, keepTheirs);
    }

    private Component createField(SaveConflict.FieldConflict field, String them) {
        String label = field.field().label();
        fields.put(field.field(), field.mine());
        Button keepMine;
        Button keepTheirs;
        Component result;
        if (field.field() == SaveConflict.Field.AUDIENCE) {
            Select<Audience> audience = new Select<>();
            audience.setLabel("Result");
            audience.setItems(Audience.values());
            audience.setItemLabelGenerator(Audience::label);
            audience.setValue(field.mine() == null ? null : Audience.valueOf(field.mine()));
            audience.addValueChangeListener(event -> fields.put(
                    field.field(),
                    event.getValue() == null ? null : event.getValue().name()));
            keepMine = new Button("Keep mine", click -> audience.setValue(Audience.valueOf(orEmpty(field.mine()))));
            keepTheirs =
                    new Button("Keep theirs", click -> audience.setValue(Audience.valueOf(orEmpty(field.theirs()))));
            result = audience;
        } else if (field.field() == SaveConflict.Field.TLP
                || field.field() == SaveConflict.Field.YARDSTICK
                || field.field() == SaveConflict.Field.KEY_JUDGMENTS) {
            // A marking, a yardstick or the list of judgments is taken whole: one side or the other.
            TextArea chosen = readOnly("Result", shown(field, field.mine()));
            keepMine = new Button("Keep mine", click -> {
                fields.put(field.field(), field.mine());
                chosen.setValue(shown(field, field.mine()));
            });
            keepTheirs = new Button("Keep theirs", click -> {
                fields.put(field.field(), field.theirs());
                chosen.setValue(shown(field, field.theirs()));
            });
            result = chosen;
        } else {
            TextField text = new TextField("Result");
            text.setWidthFull();
            text.setValue(orEmpty(field.mine()));
            text.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    fields.put(field.field(), event.getValue().isBlank() ? null : event.getValue());
                }
            });
            keepMine = new Button("Keep mine", click -> {
                fields.put(field.field(), field.mine());
                text.setValue(orEmpty(field.mine()));
            });
            keepTheirs = new Button("Keep theirs", click -> {
                fields.put(field.field(), field.theirs());
                text.setValue(orEmpty(field.theirs()));
            });
            result = text;
        }
        return section(
                label,
                readOnly("Before", display(field)),
                readOnly(them + "’s " + label.toLowerCase(java.util.Locale.ROOT), shown(field, field.theirs())),
                readOnly("Your " + label.toLowerCase(java.util.Locale.ROOT), shown(field, field.mine())),
                result,
                keepMine,
                keepTheirs);
    }

    private static String display(SaveConflict.FieldConflict field) {
        return shown(field, field.base());
    }

    private static String shown(SaveConflict.FieldConflict field, @Nullable String value) {
        if (value == null) {
            return "";
        }
        return switch (field.field()) {
            case AUDIENCE -> Audience.valueOf(value).label();
            case TLP -> Tlp.valueOf(value).label();
            case YARDSTICK -> Yardstick.valueOf(value).label();
            case KEY_JUDGMENTS -> judgments(KeyJudgments.decode(value));
            default -> value;
        };
    }

    /** "1. likely, moderate confidence: The port reopens." per line. */
    private static String judgments(List<KeyJudgment> judgments) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < judgments.size(); i++) {
            KeyJudgment judgment = judgments.get(i);
            text.append(i + 1)
                    .append(". ")
                    .append(judgment.likelihood() == null ? "no likelihood" : judgment.likelihood())
                    .append(", ")
                    .append(
                            judgment.confidence() == null
                                    ? "no"
                                    : judgment.confidence().label())
                    .append(" confidence: ")
                    .append(judgment.text())
                    .append('\n');
        }
        return text.toString().strip();
    }

    private static Component section(
            String title,
            TextArea base,
            TextArea theirs,
            TextArea mine,
            Component result,
            Button keepMine,
            Button keepTheirs) {
        HorizontalLayout sides = new HorizontalLayout(base, theirs, mine);
        sides.setWidthFull();
        sides.addClassName("bd-conflict-sides");
        HorizontalLayout choices = new HorizontalLayout(keepMine, keepTheirs);
        choices.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div section = new Div(new H4(title), sides, result, choices);
        section.addClassName("bd-conflict-hunk");
        return section;
    }

    private static TextArea readOnly(String label, String value) {
        TextArea area = new TextArea(label);
        area.setValue(value);
        area.setReadOnly(true);
        area.setWidthFull();
        area.addClassName("bd-conflict-side");
        return area;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
