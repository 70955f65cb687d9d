package org.briefdesk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import org.jspecify.annotations.Nullable;

/**
 * The body of Briefdesk's error pages: what happened in the product's words, and a way back. The
 * pages themselves ({@link NotFoundView}, {@link AccessDeniedView}, {@link NavigationErrorView}) are
 * Vaadin's error views, shown inside {@link MainLayout} instead of Vaadin's bare error text.
 */
abstract class ErrorPage extends Main implements HasDynamicTitle {

    private String heading = "";

    ErrorPage() {
        addClassName("bd-view");
        addClassName("bd-error-page");
    }

    /** The heading (the layout shows it as the page's title), the message, a link back and one home. */
    void show(String heading, String message, @Nullable String backText, @Nullable String backPath) {
        this.heading = heading;
        removeAll();
        Div links = new Div();
        links.addClassName("bd-error-links");
        if (backText != null && backPath != null) {
            links.add(new Anchor(backPath, backText));
        }
        // The dashboard is the application's root; the document's base is that root.
        links.add(new Anchor(".", "Go to the dashboard"));
        add(new Paragraph(message), links);
    }

    @Override
    public String getPageTitle() {
        return heading;
    }
}
