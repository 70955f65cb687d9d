package org.briefdesk.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyPressEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.briefdesk.IntegrationTest;
import org.briefdesk.briefing.BriefingHit;
import org.briefdesk.briefing.BriefingStatus;
import org.briefdesk.publishing.PublishedFixture;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The search as users meet it: the top bar's box opens the results page, which lists the author's
 * own draft for them and not for others; the Briefings view narrows its list by words and status;
 * administrators see the index and rebuild it.
 */
@IntegrationTest
@ViewPackages(packages = "org.briefdesk")
class SearchViewsTest extends SpringBrowserlessTest {

    @Autowired
    PublishedFixture fixture;

    private String draftWith(String word) {
        String title = "Shipping outlook " + word;
        fixture.draft(title, "Freight rates and " + word + " rose.");
        return title;
    }

    private void search(String words) {
        navigate(SearchView.class);
        UI.getCurrent().navigate(SearchView.class, QueryParameters.of(SearchView.WORDS, words));
        roundTrip();
    }

    private List<String> resultLinks() {
        return $(RouterLink.class).all().stream().map(RouterLink::getText).toList();
    }

    @Test
    @WithUserDetails(value = TestUsers.AUTHOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_top_bar_search_finds_the_authors_own_draft() {
        String word = "zt" + PublishedFixture.nonce();
        String title = draftWith(word);
        navigate(SearchView.class);
        TextField box = $(TextField.class)
                .withCondition(field -> field.hasClassName("bd-search-box"))
                .single();
        test(box).setValue(word);
        ComponentUtil.fireEvent(box, new KeyPressEvent(box, Key.ENTER.getKeys().getFirst()));
        assertThat(getCurrentView()).isInstanceOf(SearchView.class);
        assertThat(resultLinks()).contains(title);
    }

    @Test
    @WithUserDetails(value = "t-editor", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_editor_finds_every_draft_but_the_results_page_says_when_nothing_matches() {
        String word = "ze" + PublishedFixture.nonce();
        String title = draftWith(word);
        search(word);
        assertThat(resultLinks()).contains(title);
        search("nothingmatches" + word);
        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText)).contains("Nothing found.");
    }

    @Test
    @WithUserDetails(value = TestUsers.READER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_reader_does_not_find_someone_elses_draft() {
        String word = "zn" + PublishedFixture.nonce();
        String title = draftWith(word);
        search(word);
        assertThat(resultLinks()).doesNotContain(title);
    }

    @Test
    @WithUserDetails(value = TestUsers.AUTHOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    @SuppressWarnings("unchecked")
    void the_briefings_view_narrows_its_list_by_words_and_status() {
        String word = "zb" + PublishedFixture.nonce();
        String title = draftWith(word);
        navigate("briefings", com.vaadin.flow.component.Component.class);
        Grid<BriefingHit> grid = $(Grid.class).single();
        test($(TextField.class).withCaption("Search briefings").single()).setValue(word);
        assertThat(grid.getGenericDataView()
                        .getItems()
                        .map(hit -> hit.briefing().title()))
                .containsExactly(title);
        ComboBox<BriefingStatus> status =
                $(ComboBox.class).withCaption("Status").single();
        test(status).selectItem(BriefingStatus.IN_REVIEW.label());
        assertThat(grid.getGenericDataView().getItems()).isEmpty();
    }

    @Test
    @WithUserDetails(value = TestUsers.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_administrator_sees_the_index_and_rebuilds_it() {
        navigate("search-index", com.vaadin.flow.component.Component.class);
        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("Lucene, embedded in this node — answers."));
        test($(Button.class).withText("Rebuild search index").single()).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText))
                .anyMatch(text -> text.contains("Started by an administrator") || text.startsWith("Last rebuild"));
    }
}
