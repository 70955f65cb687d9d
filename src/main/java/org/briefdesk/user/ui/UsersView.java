package org.briefdesk.user.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.ui.AuditNavigation;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.base.ui.Notifications;
import org.briefdesk.base.ui.ViewerTime;
import org.briefdesk.security.Role;
import org.briefdesk.security.Roles;
import org.briefdesk.signin.TwoFactorService;
import org.briefdesk.user.UserService;
import org.briefdesk.user.UserSummary;

/**
 * User administration: list, create, enable/disable, reset passwords, assign roles and e-mail
 * addresses, and lift the
 * sign-in lock of an account after too many failed attempts (with a look at those attempts).
 */
@Route("users")
@PageTitle("Users")
@Menu(order = 90, icon = "vaadin:users", title = "Users")
@RolesAllowed(Roles.ADMIN)
class UsersView extends Main {

    private static final DateTimeFormatter CREATED_FORMAT = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final DateTimeFormatter LOCK_FORMAT = DateTimeFormatter.ofPattern("HH:mm");

    private final TwoFactorService twoFactor;
    private final UserService userService;
    private final Grid<UserSummary> grid = new Grid<>();
    private final Button editRoles = new Button("Edit roles", click -> withSelected(this::openRolesDialog));
    private final Button resetPassword = new Button("Reset password", click -> withSelected(this::openPasswordDialog));
    private final Button editEmail = new Button("Edit e-mail", click -> withSelected(this::openEmailDialog));
    private final Button toggleEnabled = new Button("Disable", click -> withSelected(this::confirmToggleEnabled));
    private final Button unlock = new Button("Unlock sign-in", click -> withSelected(this::unlock));
    private final Button turnOffTwoFactor =
            new Button("Turn off two-factor", click -> withSelected(this::confirmTurnOffTwoFactor));
    private final Button failedSignIns = new Button(
            "Failed sign-ins",
            click -> withSelected(user -> AuditNavigation.openFor(user.username(), AuditEvent.SIGN_IN_FAILED)));
    private Map<String, Instant> locks = Map.of();

    UsersView(UserService userService, TwoFactorService twoFactor) {
        this.userService = userService;
        this.twoFactor = twoFactor;
        addClassName("bd-view");
        setSizeFull();
        add(createToolbar(), createGrid());
        refresh(null);
    }

    private Component createToolbar() {
        Button newUser = new Button(
                "New user",
                click -> new NewUserDialog(userService, created -> {
                            Notifications.success("User " + created.username() + " created.");
                            refresh(created.id());
                        })
                        .open());
        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(
                newUser, editRoles, editEmail, resetPassword, toggleEnabled, unlock, turnOffTwoFactor, failedSignIns);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        return toolbar;
    }

    private Component createGrid() {
        grid.addColumn(UserSummary::username)
                .setHeader("User name")
                .setKey("username")
                .setSortable(true);
        grid.addColumn(UserSummary::displayName)
                .setHeader("Name")
                .setKey("name")
                .setSortable(true);
        grid.addColumn(user -> user.email() == null ? "" : user.email())
                .setHeader("E-mail")
                .setKey("email")
                .setSortable(true);
        grid.addColumn(user -> user.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", ")))
                .setHeader("Roles")
                .setKey("roles");
        grid.addColumn(new ComponentRenderer<>(this::statusBadge))
                .setHeader("Status")
                .setKey("status");
        grid.addColumn(user -> ViewerTime.format(CREATED_FORMAT, user.createdAt()))
                .setHeader("Created")
                .setKey("created");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Users");
        grid.asSingleSelect().addValueChangeListener(event -> updateButtons());
        grid.setSizeFull();
        return grid;
    }

    private Span statusBadge(UserSummary user) {
        Instant lockedUntil = locks.get(user.username());
        if (lockedUntil != null && user.enabled()) {
            Span badge = new Span("Locked until " + ViewerTime.format(LOCK_FORMAT, lockedUntil));
            badge.addClassNames("bd-badge", "bd-badge-warning");
            return badge;
        }
        Span badge = new Span(user.enabled() ? "Enabled" : "Disabled");
        badge.addClassNames("bd-badge", user.enabled() ? "bd-badge-success" : "bd-badge-error");
        return badge;
    }

    private void refresh(@org.jspecify.annotations.Nullable Long selectId) {
        var users = userService.list();
        locks = userService.signInLocks();
        grid.setItems(users);
        Optional<UserSummary> selected = selectId == null
                ? Optional.empty()
                : users.stream().filter(user -> user.id() == selectId).findFirst();
        selected.ifPresentOrElse(grid::select, grid::deselectAll);
        updateButtons();
    }

    private void updateButtons() {
        Optional<UserSummary> selected = grid.asSingleSelect().getOptionalValue();
        editRoles.setEnabled(selected.isPresent());
        resetPassword.setEnabled(selected.isPresent());
        editEmail.setEnabled(selected.isPresent());
        toggleEnabled.setEnabled(selected.isPresent());
        unlock.setEnabled(
                selected.filter(user -> locks.containsKey(user.username())).isPresent());
        failedSignIns.setEnabled(selected.isPresent());
        turnOffTwoFactor.setEnabled(
                selected.filter(user -> twoFactor.isOn(user.username())).isPresent());
        toggleEnabled.setText(
                selected.map(user -> user.enabled() ? "Disable" : "Enable").orElse("Disable"));
    }

    private void withSelected(java.util.function.Consumer<UserSummary> action) {
        grid.asSingleSelect().getOptionalValue().ifPresent(action);
    }

    private void unlock(UserSummary user) {
        userService.unlockSignIn(user.id());
        Notifications.success(user.username() + " can sign in again.");
        refresh(user.id());
    }

    private void openRolesDialog(UserSummary user) {
        new RolesDialog(user, roles -> {
                    UserSummary updated = userService.assignRoles(user.id(), roles);
                    Notifications.success("Roles of " + updated.username() + " saved.");
                    refresh(updated.id());
                })
                .open();
    }

    private void openEmailDialog(UserSummary user) {
        new EmailDialog(user, email -> {
                    UserSummary updated = userService.changeEmail(user.id(), email);
                    Notifications.success(
                            updated.email() == null
                                    ? updated.username() + " has no e-mail address now."
                                    : "E-mail address of " + updated.username() + " saved.");
                    refresh(updated.id());
                })
                .open();
    }

    private void openPasswordDialog(UserSummary user) {
        new ResetPasswordDialog(user, password -> {
                    userService.resetPassword(user.id(), password);
                    Notifications.success("New password set for " + user.username() + ".");
                })
                .open();
    }

    /** For someone who lost both their phone and their recovery codes; they set it up again. */
    private void confirmTurnOffTwoFactor(UserSummary user) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Turn off two-factor sign-in for " + user.username() + "?");
        confirm.setText(user.displayName() + " will sign in with the password alone until they set up"
                + " two-factor sign-in again. Do this only when you are sure who asks for it.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Turn off");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            twoFactor.turnOffFor(user.username());
            Notifications.success("Two-factor sign-in is off for " + user.username() + ".");
            refresh(user.id());
        });
        confirm.open();
    }

    private void confirmToggleEnabled(UserSummary user) {
        boolean enable = !user.enabled();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader((enable ? "Enable " : "Disable ") + user.username() + "?");
        confirm.setText(
                enable
                        ? user.displayName() + " will be able to sign in again."
                        : user.displayName() + " will no longer be able to sign in. Their work stays.");
        confirm.setCancelable(true);
        confirm.setConfirmText(enable ? "Enable" : "Disable");
        if (!enable) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.addConfirmListener(event -> {
            try {
                UserSummary updated = userService.setEnabled(user.id(), enable);
                Notifications.success(updated.username() + (enable ? " enabled." : " disabled."));
                refresh(updated.id());
            } catch (ActionRefusedException refused) {
                Notifications.error(refused.getMessage());
            }
        });
        confirm.open();
    }
}
