package org.briefdesk.index.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.briefdesk.base.ui.ViewerTime;
import org.briefdesk.index.RebuildProgress;
import org.briefdesk.index.SearchIndexUpkeep;
import org.briefdesk.index.SearchIndexUpkeep.IndexState;
import org.briefdesk.index.SearchIndexUpkeep.TypeState;
import org.briefdesk.security.Roles;
import org.jspecify.annotations.Nullable;

/**
 * The search index for administrators: where it is, whether it answers, each index beside the
 * database, changes on their way to it, and "Rebuild search index" with its progress.
 */
@Route("search-index")
@PageTitle("Search index")
@Menu(order = 97, icon = "vaadin:search", title = "Search index")
@RolesAllowed(Roles.ADMIN)
class SearchIndexView extends Main {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    private final SearchIndexUpkeep upkeep;
    private final Paragraph backend = new Paragraph();
    private final Paragraph changes = new Paragraph();
    private final Grid<TypeState> indexes = new Grid<>();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph progressText = new Paragraph();
    private final Button rebuild = new Button("Rebuild search index", VaadinIcon.REFRESH.create());
    private @Nullable Registration polling;

    SearchIndexView(SearchIndexUpkeep upkeep) {
        this.upkeep = upkeep;
        addClassName("bd-view");
        indexes.addColumn(type -> type.name() + "s").setHeader("Index").setKey("name");
        indexes.addColumn(TypeState::stored).setHeader("In the database").setKey("stored");
        indexes.addColumn(type -> type.indexed() == null ? "—" : type.indexed().toString())
                .setHeader("In the index")
                .setKey("indexed");
        indexes.setAllRowsVisible(true);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Rebuild progress");
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(click -> confirmRebuild());
        add(backend, indexes, changes, rebuild, progress, progressText);
        show();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // Progress and counts change on their own: look again every two seconds while open.
        event.getUI().setPollInterval(2000);
        polling = event.getUI().addPollListener(poll -> show());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    private void confirmRebuild() {
        ConfirmDialog confirm = new ConfirmDialog(
                "Rebuild the search index?",
                "Everything is indexed again from the database. Until it is done, searches find less.",
                "Rebuild",
                ok -> {
                    upkeep.rebuild();
                    show();
                });
        confirm.setCancelable(true);
        confirm.open();
    }

    private void show() {
        IndexState state = upkeep.state();
        backend.setText(state.backend() + (state.reachable() ? " — answers." : " — does not answer right now."));
        indexes.setItems(state.types());
        changes.setVisible(state.outbox());
        changes.setText(state.pendingChanges() + " changes on their way to the index"
                + (state.failedChanges() > 0 ? ", " + state.failedChanges() + " to be sent again" : "") + ".");
        RebuildProgress running = state.rebuild();
        rebuild.setEnabled(running == null || running.finished());
        progress.setVisible(running != null && !running.finished());
        if (running == null) {
            progressText.setText("");
            return;
        }
        progress.setValue(running.fraction());
        String who = running.automatic() ? "Started by this node at start-up" : "Started by an administrator";
        if (!running.finished()) {
            progressText.setText(who + " at " + ViewerTime.format(TIME, running.started()) + ": " + running.done()
                    + " of " + running.total() + " documents.");
        } else if (running.failure() != null) {
            progressText.setText("The rebuild stopped: " + running.failure());
        } else {
            progressText.setText("Last rebuild finished at " + ViewerTime.format(TIME, running.finishedAt()) + ": "
                    + running.done() + " documents.");
        }
    }
}
