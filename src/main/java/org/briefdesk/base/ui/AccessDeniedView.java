package org.briefdesk.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A view the user's roles do not open (the menu does not offer it either). */
@ParentLayout(MainLayout.class)
@PermitAll
class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show(
                "Not found",
                "There is no page at /" + event.getLocation().getPath() + ", or it is not open to you.",
                null,
                null);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
