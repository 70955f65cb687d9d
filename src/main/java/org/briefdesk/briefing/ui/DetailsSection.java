package org.briefdesk.briefing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import java.util.Set;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.marking.Tlp;
import org.briefdesk.tradecraft.Yardstick;
import org.briefdesk.user.UserDirectory;
import org.jspecify.annotations.Nullable;

/**
 * "Briefing details" under the title, closed: the summary, tags, audience and co-authors are kept
 * as {@link BriefingMetadataForm.Values} and the form is built only when it is first opened.
 */
final class DetailsSection {

    private final UserDirectory userDirectory;
    private final BriefingMetadataForm.ChangedCallback changed;

    private BriefingMetadataForm.Values values =
            new BriefingMetadataForm.Values("", "", Audience.INTERNAL, Set.of(), Tlp.CLEAR, Yardstick.ICD_203);
    private boolean editable;
    private @Nullable BriefingMetadataForm form;

    DetailsSection(UserDirectory userDirectory, BriefingMetadataForm.ChangedCallback changed) {
        this.userDirectory = userDirectory;
        this.changed = changed;
    }

    /** A new, closed section for the briefing being opened. */
    Component create() {
        form = null;
        Details details = new Details("Briefing details");
        details.setWidthFull();
        details.addOpenedChangeListener(event -> {
            if (event.isOpened() && form == null) {
                BriefingMetadataForm built = new BriefingMetadataForm(userDirectory, changed);
                built.show(values, editable);
                form = built;
                details.add(built);
            }
        });
        return details;
    }

    /** The stored briefing's details; {@code editableHere} says whether they may be changed now. */
    void show(BriefingDetails details, boolean editableHere) {
        values = BriefingMetadataForm.Values.of(details);
        showValues(editableHere);
    }

    /** A draft's details, as unsaved changes (the co-authors stay as they are). */
    void showDraft(BriefingDraft draft, boolean editableHere) {
        values = values().withDraft(draft);
        showValues(editableHere);
    }

    /** What the section holds now, as typed. */
    BriefingMetadataForm.Values values() {
        return form == null ? values : form.values();
    }

    private void showValues(boolean editableHere) {
        editable = editableHere;
        if (form != null) {
            form.show(values, editableHere);
        }
    }
}
