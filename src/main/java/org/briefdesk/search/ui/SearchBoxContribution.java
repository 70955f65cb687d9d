package org.briefdesk.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.briefdesk.base.ui.NavbarContribution;
import org.springframework.core.annotation.Order;

/** The search box in the top bar: Enter opens the results page for the words typed. */
@org.springframework.stereotype.Component
@Order(10)
class SearchBoxContribution implements NavbarContribution {

    @Override
    public Component create() {
        TextField box = new TextField();
        box.setPlaceholder("Search briefings and sources");
        box.setAriaLabel("Search briefings and sources");
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setClearButtonVisible(true);
        box.addClassName("bd-search-box");
        box.addKeyPressListener(Key.ENTER, event -> {
            String words = box.getValue().strip();
            if (!words.isEmpty()) {
                UI.getCurrent().navigate(SearchView.class, QueryParameters.of(SearchView.WORDS, words));
            }
        });
        return box;
    }
}
