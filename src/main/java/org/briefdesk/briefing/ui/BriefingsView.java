package org.briefdesk.briefing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.base.ui.Notifications;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingRules;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.BriefingSummary;
import org.briefdesk.security.Roles;

/** The briefings the user works on (editors: all of them), and "New briefing". */
@Route("briefings")
@PageTitle("Briefings")
@Menu(order = 10, icon = "vaadin:file-text-o", title = "Briefings")
@RolesAllowed({Roles.AUTHOR, Roles.EDITOR})
class BriefingsView extends Main {

    private static final DateTimeFormatter UPDATED =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    BriefingsView(BriefingService briefingService) {
        addClassName("bd-view");
        setSizeFull();
        Button create = new Button("New briefing", VaadinIcon.PLUS.create(), click -> openNewDialog(briefingService));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Grid<BriefingSummary> grid = new Grid<>();
        grid.addColumn(BriefingSummary::title)
                .setHeader("Title")
                .setKey("title")
                .setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(b -> StatusBadge.of(b.status())))
                .setHeader("Status")
                .setKey("status")
                .setAutoWidth(true);
        grid.addColumn(BriefingSummary::owner).setHeader("Owner").setKey("owner");
        grid.addColumn(b -> UPDATED.format(b.updatedAt())).setHeader("Updated").setKey("updated");
        grid.setItems(briefingService.list());
        grid.setEmptyStateText("No briefings yet. Start one with “New briefing”.");
        grid.addItemClickListener(
                event -> BriefingNavigation.openEditor(event.getItem().id()));
        grid.setHeight("calc(100% - 4rem)");
        add(create, grid);
    }

    private static void openNewDialog(BriefingService briefingService) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New briefing");
        TextField title = new TextField("Title");
        title.setWidthFull();
        title.setMaxLength(BriefingRules.TITLE_MAX);
        dialog.add(new FormLayout(title));
        Button create = new Button("Create", click -> {
            var problem = BriefingRules.titleProblem(title.getValue());
            if (problem.isPresent()) {
                title.setInvalid(true);
                title.setErrorMessage(problem.get());
                return;
            }
            try {
                BriefingDetails created = briefingService.create(BriefingDraft.titled(title.getValue()));
                dialog.close();
                BriefingNavigation.openEditor(created.id());
            } catch (ActionRefusedException refused) {
                Notifications.error(refused.getMessage());
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), create);
        dialog.open();
        title.focus();
    }
}
