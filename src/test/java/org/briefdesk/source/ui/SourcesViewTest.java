package org.briefdesk.source.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.briefdesk.IntegrationTest;
import org.briefdesk.source.ImportResult;
import org.briefdesk.source.SourceHit;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@ViewPackages(packages = "org.briefdesk")
class SourcesViewTest extends SpringBrowserlessTest {

    private static String nonce() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static byte[] article(String title, String body) {
        return (title + "\n" + body + "\nNo comments:\nPost a Comment").getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private List<ImportResult> importFile(String name, byte[] content) {
        test($view(Button.class).withText("Import").single()).click();
        test($(Upload.class).single()).upload(name, "text/plain", content);
        roundTrip();
        Grid<ImportResult> report = $(Grid.class)
                .withCondition(grid -> grid.getColumnByKey("result") != null)
                .single();
        return report.getListDataView().getItems().toList();
    }

    @Test
    @WithUserDetails(value = TestUsers.AUTHOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void importing_reports_the_new_key_and_the_stripped_boilerplate_then_a_duplicate() {
        navigate(SourcesView.class);
        String word = nonce();
        byte[] file = article("Harbour dredging " + word, "The dredging of the harbour " + word + " began on Monday.");

        List<ImportResult> first = importFile("dredging.txt", file);
        assertThat(first).singleElement().satisfies(result -> {
            assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.ADDED);
            assertThat(result.citationKey()).isNotBlank();
            assertThat(result.strippedLines()).containsExactly("No comments:", "Post a Comment");
        });

        test($(Button.class).withText("Import").first()).click();
        test($(Upload.class).last()).upload("dredging-again.txt", "text/plain", file);
        roundTrip();
        @SuppressWarnings("unchecked")
        Grid<ImportResult> report = $(Grid.class)
                .withCondition(grid -> grid.getColumnByKey("result") != null)
                .last();
        assertThat(report.getListDataView().getItems().toList()).singleElement().satisfies(result -> {
            assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.DUPLICATE);
            assertThat(result.message()).contains("@" + first.getFirst().citationKey());
        });
    }

    @Test
    @WithUserDetails(value = TestUsers.AUTHOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_file_that_is_not_text_is_refused_in_the_report() {
        navigate(SourcesView.class);
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        List<ImportResult> results = importFile("picture.txt", binary);

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.REFUSED);
            assertThat(result.message()).containsIgnoringCase("not a text file");
        });
    }

    @Test
    @WithUserDetails(value = TestUsers.AUTHOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void searching_shows_the_source_with_the_matched_words_highlighted() {
        navigate(SourcesView.class);
        String word = nonce();
        importFile(
                "breakwater.txt", article("Breakwater " + word, "Engineers inspected the breakwaters " + word + "."));
        navigate(SourcesView.class);

        test($view(TextField.class).withLabel("Search sources").single()).setValue("breakwater " + word);

        @SuppressWarnings("unchecked")
        Grid<SourceHit> results = $view(Grid.class).single();
        var grid = test(results);
        assertThat(grid.size()).isEqualTo(1);
        Component cell = grid.getCellComponent(0, "source");
        List<String> highlighted = $(Span.class, cell).withClassName("bd-match").all().stream()
                .map(Span::getText)
                .toList();
        assertThat(highlighted).contains("breakwaters", word);
    }

    @Test
    @WithUserDetails(value = TestUsers.EDITOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void adding_a_source_validates_each_field_then_opens_the_new_source() {
        navigate(SourcesView.class);
        test($view(Button.class).withText("Add source").single()).click();
        test($(TextField.class).withLabel("URL").single()).setValue("javascript:alert(1)");
        test($(Button.class).withText("Save source").single()).click();

        assertThat($(TextField.class).withLabel("Title").single().isInvalid()).isTrue();
        // An empty text is allowed: the source is then added as text missing (issue #19).
        assertThat($(TextArea.class).withLabel("Text").single().isInvalid()).isFalse();
        TextField url = $(TextField.class).withLabel("URL").single();
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).contains("http");

        String word = nonce();
        test(url).setValue("https://harbour.example/" + word);
        test($(TextField.class).withLabel("Title").single()).setValue("Tide tables " + word);
        test($(TextField.class).withLabel("Outlet").single()).setValue("Harbour Gazette");
        test($(TextArea.class).withLabel("Text").single()).setValue("The tide tables for " + word + " were revised.");
        test($(Button.class).withText("Save source").single()).click();

        assertThat(getCurrentView()).isInstanceOf(SourceView.class);
        assertThat($view(H2.class).withText("Tide tables " + word).exists()).isTrue();
    }

    @Test
    @WithUserDetails(value = TestUsers.EDITOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_source_saved_without_text_is_marked_text_missing_in_the_list() {
        navigate(SourcesView.class);
        String word = nonce();
        test($view(Button.class).withText("Add source").single()).click();
        assertThat($(TextArea.class).withLabel("Text").single().getHelperText()).contains("added as text missing");
        test($(TextField.class).withLabel("Title").single()).setValue("Harbour atlas " + word);
        test($(Button.class).withText("Save source").single()).click();
        assertThat($view(H3.class).withText("Text missing").exists()).isTrue();

        navigate(SourcesView.class);
        test($view(TextField.class).withLabel("Search sources").single()).setValue("atlas " + word);
        @SuppressWarnings("unchecked")
        Grid<SourceHit> results = $view(Grid.class).single();
        Component cell = test(results).getCellComponent(0, "source");
        assertThat($(Span.class, cell).withText("Text missing").exists()).isTrue();
    }

    @Test
    @WithUserDetails(value = TestUsers.READER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_reader_searches_but_has_no_add_or_import() {
        navigate(SourcesView.class);

        assertThat($view(TextField.class).withLabel("Search sources").exists()).isTrue();
        assertThat($view(Button.class).withText("Add source").exists()).isFalse();
        assertThat($view(Button.class).withText("Import").exists()).isFalse();
    }
}
