package org.briefdesk.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.EnumSet;
import java.util.Set;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.security.Role;
import org.briefdesk.user.UserSummary;

/** Edits the roles of one user. */
class RolesDialog extends Dialog {

    interface SaveCallback {
        void save(Set<Role> roles);
    }

    RolesDialog(UserSummary user, SaveCallback callback) {
        setHeaderTitle("Roles of " + user.username());
        CheckboxGroup<Role> roles = createRolesField();
        roles.setValue(user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles()));
        add(roles);
        Button save = new Button("Save roles", click -> {
            if (roles.getValue().isEmpty()) {
                roles.setInvalid(true);
                roles.setErrorMessage("Give the user at least one role.");
                return;
            }
            try {
                callback.save(EnumSet.copyOf(roles.getValue()));
                close();
            } catch (ActionRefusedException refused) {
                roles.setInvalid(true);
                roles.setErrorMessage(refused.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        org.briefdesk.base.ui.DialogKeys.enterPresses(save, roles);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    static CheckboxGroup<Role> createRolesField() {
        CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> role.label() + " — " + describe(role));
        roles.setRequiredIndicatorVisible(true);
        return roles;
    }

    private static String describe(Role role) {
        return switch (role) {
            case READER -> "reads published briefings and sources";
            case AUTHOR -> "writes briefings, adds sources, comments";
            case EDITOR -> "reviews, approves and publishes";
            case ADMIN -> "manages users, reads the audit log";
        };
    }
}
