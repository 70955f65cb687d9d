package org.briefdesk.briefing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashSet;
import java.util.Set;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingRules;
import org.briefdesk.marking.Tlp;
import org.briefdesk.tradecraft.Yardstick;
import org.briefdesk.user.UserDirectory;

/**
 * The briefing's details under the title: summary, tags, audience, co-authors, TLP marking and
 * likelihood yardstick. Most editing
 * sessions never open them, so the editor keeps their {@link Values} and builds this form (with the
 * list of every writer for the co-authors) only when the user opens "Briefing details".
 */
class BriefingMetadataForm extends Composite<FormLayout> {

    /** What the form holds, also while it is not built: the tags as typed, comma-separated. */
    record Values(String summary, String tags, Audience audience, Set<String> coAuthors, Tlp tlp, Yardstick yardstick) {

        Values {
            coAuthors = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(coAuthors));
        }

        static Values of(BriefingDetails details) {
            return new Values(
                    details.summary() == null ? "" : details.summary(),
                    String.join(", ", details.tags()),
                    details.audience(),
                    new LinkedHashSet<>(details.coAuthors()),
                    details.tlp(),
                    details.yardstick());
        }

        /** A draft's summary, tags and audience; the co-authors stay as they are. */
        Values withDraft(BriefingDraft draft) {
            return new Values(
                    draft.summary() == null ? "" : draft.summary(),
                    String.join(", ", draft.tags()),
                    draft.audience(),
                    coAuthors,
                    draft.tlp() == null ? tlp : draft.tlp(),
                    draft.yardstick() == null ? yardstick : draft.yardstick());
        }
    }

    interface ChangedCallback {
        void changed(boolean fromUser);
    }

    private final TextArea summary = new TextArea("Summary");
    private final TextField tags = new TextField("Tags");
    private final Select<Audience> audience = new Select<>();
    private final MultiSelectComboBox<String> coAuthors = new MultiSelectComboBox<>("Co-authors");
    private final Select<Tlp> marking = new Select<>();
    private final Select<Yardstick> yardstick = new Select<>();

    BriefingMetadataForm(UserDirectory userDirectory, ChangedCallback callback) {
        summary.setHelperText("1–3 sentences");
        summary.setMaxLength(BriefingRules.SUMMARY_MAX);
        tags.setHelperText("Separated by commas");
        audience.setLabel("Audience");
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(Audience::label);
        coAuthors.setItems(userDirectory.writers().stream()
                .map(UserDirectory.Person::username)
                .toList());
        coAuthors.setItemLabelGenerator(username -> userDirectory
                .find(username)
                .map(person -> person.displayName() + " (" + username + ")")
                .orElse(username));
        marking.setLabel("TLP marking");
        marking.setItems(Tlp.values());
        marking.setItemLabelGenerator(Tlp::label);
        marking.setHelperText("At least as restrictive as the sources it cites; Public needs TLP:CLEAR");
        yardstick.setLabel("Likelihood yardstick");
        yardstick.setItems(Yardstick.values());
        yardstick.setItemLabelGenerator(Yardstick::label);
        yardstick.setHelperText("The words the key judgments use for how likely");
        marking.addValueChangeListener(event -> callback.changed(event.isFromClient()));
        yardstick.addValueChangeListener(event -> callback.changed(event.isFromClient()));
        summary.setValueChangeMode(ValueChangeMode.LAZY);
        tags.setValueChangeMode(ValueChangeMode.LAZY);
        summary.addValueChangeListener(event -> callback.changed(event.isFromClient()));
        tags.addValueChangeListener(event -> callback.changed(event.isFromClient()));
        audience.addValueChangeListener(event -> callback.changed(event.isFromClient()));
        coAuthors.addValueChangeListener(event -> callback.changed(event.isFromClient()));
        getContent().add(summary, tags, audience, coAuthors, marking, yardstick);
        getContent().setColspan(summary, 2);
    }

    void show(Values values, boolean editable) {
        summary.setValue(values.summary());
        tags.setValue(values.tags());
        audience.setValue(values.audience());
        coAuthors.setValue(new LinkedHashSet<>(values.coAuthors()));
        marking.setValue(values.tlp());
        yardstick.setValue(values.yardstick());
        for (HasValue<?, ?> field : new HasValue<?, ?>[] {summary, tags, audience, coAuthors, marking, yardstick}) {
            field.setReadOnly(!editable);
        }
    }

    Values values() {
        return new Values(
                summary.getValue(),
                tags.getValue(),
                audience.getValue() == null ? Audience.INTERNAL : audience.getValue(),
                coAuthors.getValue(),
                marking.getValue() == null ? Tlp.CLEAR : marking.getValue(),
                yardstick.getValue() == null ? Yardstick.ICD_203 : yardstick.getValue());
    }
}
