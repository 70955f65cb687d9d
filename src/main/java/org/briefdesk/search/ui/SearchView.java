package org.briefdesk.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Supplier;
import org.briefdesk.base.ui.ViewerTime;
import org.briefdesk.briefing.BriefingHit;
import org.briefdesk.briefing.BriefingQuery;
import org.briefdesk.briefing.BriefingSearch;
import org.briefdesk.briefing.ui.BriefingNavigation;
import org.briefdesk.index.SearchUnavailableException;
import org.briefdesk.index.ui.Snippets;
import org.briefdesk.publishing.EditionHit;
import org.briefdesk.publishing.EditionSearch;
import org.briefdesk.security.CurrentUser;
import org.briefdesk.security.Role;
import org.briefdesk.source.SourceHit;
import org.briefdesk.source.SourceQuery;
import org.briefdesk.source.SourceService;
import org.briefdesk.source.ui.SourceNavigation;

/**
 * The results of the top bar's search: the briefings the user works on, what was published, and the
 * sources, each with the matched passage. Each list comes from its own service, which shows only what
 * the user may open.
 */
@Route("search")
@PageTitle("Search")
@PermitAll
class SearchView extends Main implements BeforeEnterObserver {

    static final String WORDS = "q";
    private static final int SHOWN = 10;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final BriefingSearch briefings;
    private final EditionSearch editions;
    private final SourceService sources;
    private final boolean writes;
    private final TextField words = new TextField();
    private final Div results = new Div();

    SearchView(BriefingSearch briefings, EditionSearch editions, SourceService sources, CurrentUser currentUser) {
        this.briefings = briefings;
        this.editions = editions;
        this.sources = sources;
        // Readers work on no briefing: their results start with what was published.
        this.writes = currentUser.hasRole(Role.AUTHOR) || currentUser.hasRole(Role.EDITOR);
        addClassName("bd-view");
        words.setAriaLabel("Search for");
        words.setPlaceholder("Words, \"a phrase\", EU…");
        words.setPrefixComponent(VaadinIcon.SEARCH.create());
        words.setWidth("28rem");
        words.addKeyPressListener(
                Key.ENTER,
                event -> UI.getCurrent()
                        .navigate(
                                SearchView.class,
                                QueryParameters.of(WORDS, words.getValue().strip())));
        results.addClassName("bd-search-results");
        add(words, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String asked = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(WORDS)
                .orElse("")
                .strip();
        words.setValue(asked);
        results.removeAll();
        if (asked.isEmpty()) {
            results.add(new Paragraph("Type words to find briefings, published editions and sources."));
            return;
        }
        try {
            if (writes) {
                results.add(section("Briefings you work on", () -> briefingHits(asked)));
            }
            results.add(section("Published", () -> editionHits(asked)), section("Sources", () -> sourceHits(asked)));
        } catch (SearchUnavailableException unavailable) {
            results.removeAll();
            results.add(new Paragraph(unavailable.getMessage()));
        }
    }

    private List<Component> briefingHits(String asked) {
        return briefings.search(BriefingQuery.text(asked), 0, SHOWN).hits().stream()
                .map(SearchView::briefingHit)
                .toList();
    }

    private List<Component> editionHits(String asked) {
        return editions.search(asked, SHOWN).stream()
                .map(SearchView::editionHit)
                .toList();
    }

    private List<Component> sourceHits(String asked) {
        return sources.search(SourceQuery.text(asked), 0, SHOWN).hits().stream()
                .map(SearchView::sourceHit)
                .toList();
    }

    private static Component section(String title, Supplier<List<Component>> hits) {
        List<Component> found = hits.get();
        Div section = new Div(new H3(title));
        section.addClassName("bd-search-section");
        if (found.isEmpty()) {
            section.add(new Paragraph("Nothing found."));
        } else {
            found.forEach(section::add);
        }
        return section;
    }

    private static Component briefingHit(BriefingHit hit) {
        RouterLink title =
                BriefingNavigation.link(hit.briefing().title(), hit.briefing().id());
        title.addClassName("bd-hit-title");
        Span status = new Span(
                hit.briefing().status().label() + " · " + hit.briefing().owner());
        status.addClassName("bd-hit-key");
        return hit(title, status, hit.snippet());
    }

    private static Component editionHit(EditionHit hit) {
        Anchor title = new Anchor(hit.readingPath(), hit.title());
        title.setRouterIgnore(true);
        title.addClassName("bd-hit-title");
        Span edition = new Span("Edition " + hit.edition() + " · " + ViewerTime.format(DATE, hit.publishedAt()) + " · "
                + hit.audience().label());
        edition.addClassName("bd-hit-key");
        return hit(title, edition, hit.snippet());
    }

    private static Component sourceHit(SourceHit hit) {
        Anchor title = new Anchor(SourceNavigation.sourcePath(hit.citationKey()), hit.title());
        title.addClassName("bd-hit-title");
        Span key = new Span("@" + hit.citationKey() + (hit.outlet() == null ? "" : " · " + hit.outlet()));
        key.addClassName("bd-hit-key");
        return hit(title, key, hit.snippet());
    }

    private static Component hit(Component title, Component detail, List<org.briefdesk.index.SnippetPart> snippet) {
        Div cell = new Div(title, detail, Snippets.render(snippet));
        cell.addClassName("bd-hit");
        return cell;
    }
}
