package org.briefdesk.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A component other features add to the main layout's top bar (the notification bell, for one),
 * without the layout depending on them. Implementations are Spring beans; each layout asks for a
 * fresh component.
 */
public interface NavbarContribution {

    Component create();
}
