package org.briefdesk.tradecraft.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.briefdesk.base.ui.ErrorMessages;
import org.briefdesk.base.ui.Notifications;
import org.briefdesk.marking.Tlp;
import org.briefdesk.marking.ui.TlpLabel;
import org.briefdesk.security.CurrentUser;
import org.briefdesk.security.Role;
import org.briefdesk.tradecraft.TradecraftSettings;
import org.briefdesk.tradecraft.Yardstick;

/**
 * The house rules of analytic tradecraft, for everyone who writes or reviews: the two likelihood
 * yardsticks with their ranges, the TLP markings, and the yardstick new briefings start with, which
 * an administrator chooses here.
 */
@Route("tradecraft")
@PageTitle("Tradecraft")
@Menu(order = 25, icon = "vaadin:scale", title = "Tradecraft")
@PermitAll
class TradecraftView extends Main {

    TradecraftView(TradecraftSettings settings, CurrentUser currentUser) {
        addClassName("bd-view");
        add(new H2("Tradecraft"));
        add(new Paragraph("Key judgments state how likely they are in the words of one yardstick, and the"
                + " analysts' confidence (high, moderate or low) separately. The Checks panel points out a"
                + " judgment without a source or on one source only, one resting only on sources graded E or F"
                + " (reliability) or 5 or 6 (credibility), hedges such as “might” outside the yardstick, and"
                + " the two yardsticks mixed in one briefing."));

        Select<Yardstick> standard = new Select<>();
        standard.setLabel("New briefings start with");
        standard.setItems(Yardstick.values());
        standard.setItemLabelGenerator(yardstick -> yardstick == null ? "" : yardstick.label());
        standard.setValue(settings.defaultYardstick());
        boolean admin = currentUser.hasRole(Role.ADMIN);
        standard.setReadOnly(!admin);
        standard.setHelperText(
                admin
                        ? "Briefings already written keep theirs; each briefing can choose the other in its details."
                        : "An administrator chooses this; each briefing can choose the other in its details.");
        standard.addValueChangeListener(event -> {
            if (!event.isFromClient() || event.getValue() == null) {
                return;
            }
            try {
                settings.chooseDefaultYardstick(event.getValue());
                Notifications.success(
                        "New briefings start with the " + event.getValue().label() + ".");
            } catch (RuntimeException failure) {
                Notifications.error(ErrorMessages.forUser(failure));
                standard.setValue(event.getOldValue());
            }
        });
        add(standard);

        HorizontalLayout yardsticks = new HorizontalLayout();
        yardsticks.setWrap(true);
        for (Yardstick yardstick : Yardstick.values()) {
            Grid<Yardstick.Term> terms = new Grid<>();
            terms.addColumn(Yardstick.Term::words).setHeader("Term");
            terms.addColumn(Yardstick.Term::range).setHeader("Probability");
            terms.setItems(yardstick.terms());
            terms.setAllRowsVisible(true);
            terms.addThemeVariants(GridVariant.LUMO_COMPACT);
            terms.setWidth("22rem");
            terms.setAriaLabel(yardstick.label());
            Main column = new Main(new H3(yardstick.label()), terms);
            yardsticks.add(column);
        }
        add(yardsticks);

        add(new H3("TLP markings"));
        add(new Paragraph("A briefing is marked at least as restrictively as the most restrictive source it cites;"
                + " a Public briefing must be TLP:CLEAR. Unmarked sources count as TLP:CLEAR."));
        Grid<Tlp> markings = new Grid<>();
        markings.addColumn(new ComponentRenderer<>(TlpLabel::of))
                .setHeader("Marking")
                .setAutoWidth(true);
        markings.addColumn(Tlp::meaning).setHeader("Who may see it");
        markings.setItems(List.of(Tlp.values()));
        markings.setAllRowsVisible(true);
        markings.addThemeVariants(GridVariant.LUMO_COMPACT);
        markings.setAriaLabel("TLP markings");
        add(markings);
    }
}
