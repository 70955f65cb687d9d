package org.briefdesk.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address with no page, or a page that is not the user's to open ({@link NoSuchPageException}):
 * said inside the layout, with a way back.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        if (parameter.getCaughtException() instanceof NoSuchPageException noSuchPage) {
            show(noSuchPage.heading(), noSuchPage.getMessage(), noSuchPage.backText(), noSuchPage.backPath());
        } else {
            show(
                    "Not found",
                    "There is no page at /" + event.getLocation().getPath()
                            + ". The address may be mistyped, or what it pointed to was removed.",
                    null,
                    null);
        }
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
