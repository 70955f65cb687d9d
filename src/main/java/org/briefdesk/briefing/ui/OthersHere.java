package org.briefdesk.briefing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.AvatarGroup;
import org.briefdesk.briefing.BriefingPresence;
import org.briefdesk.briefing.SaveConflict;
import org.briefdesk.security.CurrentUser;

/** The avatars of the others who have the briefing open, each person once however many tabs. */
final class OthersHere {

    private final AvatarGroup others = new AvatarGroup();
    private final BriefingPresence presence;
    private final CurrentUser currentUser;

    OthersHere(BriefingPresence presence, CurrentUser currentUser) {
        this.presence = presence;
        this.currentUser = currentUser;
        others.addClassName("bd-presence");
        others.setMaxItemsVisible(5);
        others.setI18n(new AvatarGroup.AvatarGroupI18n()
                .setOneActiveUser("One other person has this briefing open")
                .setManyActiveUsers("{count} other people have this briefing open"));
        others.setVisible(false);
    }

    Component component() {
        return others;
    }

    /** Shows who else has the briefing open now. */
    void show(long briefingId) {
        String me = currentUser.username().orElse("");
        var people = presence.present(briefingId).stream()
                .filter(person -> !person.username().equals(me))
                .toList();
        others.setItems(people.stream()
                .map(person -> new AvatarGroup.AvatarGroupItem(person.displayName()))
                .toList());
        others.setVisible(!people.isEmpty());
        String label =
                people.isEmpty() ? "Nobody else has this briefing open" : "Also here: " + SaveConflict.names(people);
        // The group's own aria-label counts the people; the names are in each avatar and here.
        others.getElement().setAttribute("title", label);
    }
}
