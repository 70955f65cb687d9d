package org.briefdesk.source.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.base.ui.DialogKeys;
import org.briefdesk.base.ui.Notifications;
import org.briefdesk.marking.Tlp;
import org.briefdesk.source.Doi;
import org.briefdesk.source.Grade;
import org.briefdesk.source.SourceDetails;
import org.briefdesk.source.SourceDraft;
import org.briefdesk.source.SourceRules;
import org.briefdesk.source.SourceService;
import org.jspecify.annotations.Nullable;

/** Adds a source, or edits one; a changed text becomes a new version. */
class SourceFormDialog extends Dialog {

    interface SavedCallback {
        void saved(SourceDetails source);
    }

    /** The form's data; converted to a {@link SourceDraft} on save. */
    static final class FormData {
        String citationKey = "";
        String title = "";
        String outlet = "";
        String authors = "";
        String url = "";
        String doi = "";

        @Nullable
        LocalDate published;

        String language = "en";
        String tags = "";

        @Nullable
        String reliability;

        @Nullable
        Integer credibility;

        @Nullable
        Tlp tlp;

        String notes = "";
        String body = "";

        SourceDraft toDraft() {
            Set<String> tagSet = Arrays.stream(tags.split(","))
                    .map(String::strip)
                    .filter(tag -> !tag.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            return new SourceDraft(
                    citationKey,
                    title,
                    outlet,
                    authors,
                    url,
                    published,
                    language,
                    tagSet,
                    notes,
                    new Grade(reliability == null ? null : reliability.charAt(0), credibility),
                    body,
                    tlp,
                    doi);
        }

        static FormData of(SourceDetails source) {
            FormData data = new FormData();
            data.citationKey = source.citationKey();
            data.title = source.title();
            data.outlet = orEmpty(source.outlet());
            data.authors = orEmpty(source.authors());
            data.url = orEmpty(source.url());
            data.doi = orEmpty(source.doi());
            data.published = source.publishedDate();
            data.language = orEmpty(source.language());
            data.tags = String.join(", ", source.tags());
            Character reliability = source.grade().reliability();
            data.reliability = reliability == null ? null : reliability.toString();
            data.credibility = source.grade().credibility();
            data.tlp = source.tlp();
            data.notes = orEmpty(source.notes());
            data.body = source.body();
            return data;
        }

        private static String orEmpty(@Nullable String value) {
            return value == null ? "" : value;
        }
    }

    private final Binder<FormData> binder = new Binder<>();
    private final FormData data;

    SourceFormDialog(SourceService sourceService, @Nullable SourceDetails existing, SavedCallback callback) {
        this.data = existing == null ? new FormData() : FormData.of(existing);
        setHeaderTitle(existing == null ? "Add source" : "Edit @" + existing.citationKey());
        setWidth("min(56rem, 95vw)");

        TextField key = new TextField("Citation key");
        key.setHelperText(
                existing == null
                        ? "Leave empty to generate one from author or outlet, year and title"
                        : existing.keyEditable()
                                ? "Can change until a briefing cites the source"
                                : "Fixed: briefings cite it");
        key.setReadOnly(existing != null && !existing.keyEditable());
        TextField title = new TextField("Title");
        title.setRequiredIndicatorVisible(true);
        TextField outlet = new TextField("Outlet");
        TextField authors = new TextField("Authors");
        authors.setHelperText("“Lena Varga, Jan van der Berg” or “Varga, Lena; van der Berg, Jan”; an"
                + " organisation in {braces} if it is not read as one. Saved as family, given names.");
        TextField url = new TextField("URL");
        TextField doi = new TextField("DOI");
        doi.setHelperText("Such as 10.1234/ports.2024; the same DOI is the same article");
        DatePicker published = new DatePicker("Published");
        TextField language = new TextField("Language");
        TextField tags = new TextField("Tags");
        tags.setHelperText("Separated by commas");
        ComboBox<String> reliability = new ComboBox<>("Source reliability");
        reliability.setItems(List.of("A", "B", "C", "D", "E", "F"));
        reliability.setItemLabelGenerator(grade -> grade + " — " + Grade.reliabilityMeaning(grade.charAt(0)));
        reliability.setClearButtonVisible(true);
        ComboBox<Integer> credibility = new ComboBox<>("Information credibility");
        credibility.setItems(List.of(1, 2, 3, 4, 5, 6));
        credibility.setItemLabelGenerator(grade -> grade + " — " + Grade.credibilityMeaning(grade));
        credibility.setClearButtonVisible(true);
        ComboBox<Tlp> tlp = new ComboBox<>("TLP marking");
        tlp.setItems(Tlp.values());
        tlp.setItemLabelGenerator(marking -> marking.label() + " — " + marking.meaning());
        tlp.setClearButtonVisible(true);
        tlp.setPlaceholder("Unmarked: counts as TLP:CLEAR");
        tlp.setHelperText("How far the source may travel (FIRST TLP 2.0)");
        TextArea notes = new TextArea("Notes");
        TextArea body = new TextArea("Text");
        body.setRequiredIndicatorVisible(existing != null && !existing.textMissing());
        body.setHelperText(textHelp(existing));
        body.setHeight("16rem");

        binder.forField(key)
                .withValidator(rule(SourceRules::keyProblem))
                .bind(d -> d.citationKey, (d, v) -> d.citationKey = v);
        binder.forField(title).withValidator(rule(SourceRules::titleProblem)).bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(outlet)
                .withValidator(rule(SourceRules::outletProblem))
                .bind(d -> d.outlet, (d, v) -> d.outlet = v);
        binder.forField(authors)
                .withValidator(rule(SourceRules::authorsProblem))
                .bind(d -> d.authors, (d, v) -> d.authors = v);
        binder.forField(url).withValidator(rule(SourceRules::urlProblem)).bind(d -> d.url, (d, v) -> d.url = v);
        binder.forField(doi).withValidator(rule(Doi::problem)).bind(d -> d.doi, (d, v) -> d.doi = v);
        binder.forField(published).bind(d -> d.published, (d, v) -> d.published = v);
        binder.forField(language)
                .withValidator(rule(SourceRules::languageProblem))
                .bind(d -> d.language, (d, v) -> d.language = v);
        binder.forField(tags)
                .withValidator(rule(value -> Arrays.stream(value.split(","))
                        .map(String::strip)
                        .filter(tag -> !tag.isEmpty())
                        .map(SourceRules::tagProblem)
                        .flatMap(Optional::stream)
                        .findFirst()))
                .bind(d -> d.tags, (d, v) -> d.tags = v);
        binder.forField(reliability).bind(d -> d.reliability, (d, v) -> d.reliability = v);
        binder.forField(credibility).bind(d -> d.credibility, (d, v) -> d.credibility = v);
        binder.forField(tlp).bind(d -> d.tlp, (d, v) -> d.tlp = v);
        binder.forField(notes).withValidator(rule(SourceRules::notesProblem)).bind(d -> d.notes, (d, v) -> d.notes = v);
        binder.forField(body).withValidator(rule(SourceRules::bodyProblem)).bind(d -> d.body, (d, v) -> d.body = v);
        binder.readBean(data);

        FormLayout form = new FormLayout(
                title,
                key,
                outlet,
                authors,
                url,
                doi,
                published,
                language,
                tags,
                reliability,
                credibility,
                tlp,
                body,
                notes);
        form.setColspan(tlp, 2);
        form.setColspan(title, 2);
        form.setColspan(body, 2);
        form.setColspan(notes, 2);
        add(form);

        Button save = new Button(existing == null ? "Save source" : "Save changes", click -> {
            if (!binder.writeBeanIfValid(data)) {
                return;
            }
            try {
                SourceDetails saved = existing == null
                        ? sourceService.add(data.toDraft())
                        : sourceService.update(existing.citationKey(), data.toDraft());
                close();
                Notifications.success(
                        existing == null
                                ? "Added as @" + saved.citationKey() + "."
                                : "Saved @" + saved.citationKey() + ".");
                callback.saved(saved);
            } catch (ActionRefusedException refused) {
                Notifications.error(refused.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        DialogKeys.enterPresses(save, key, title, outlet, authors, url, doi, language, tags);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private static Validator<String> rule(Function<String, Optional<String>> rule) {
        return (value, context) -> rule.apply(value == null ? "" : value)
                .map(ValidationResult::error)
                .orElseGet(ValidationResult::ok);
    }

    private static String textHelp(@Nullable SourceDetails existing) {
        if (existing == null) {
            return "The article's text, as published. Left empty, the source is added as text missing:"
                    + " it cannot be quoted until its text is added";
        }
        if (existing.textMissing()) {
            return "Text missing: paste the article's text to make it quotable (version 1)";
        }
        return "A changed text is saved as version " + (existing.currentVersion() + 1)
                + "; earlier versions stay readable";
    }
}
