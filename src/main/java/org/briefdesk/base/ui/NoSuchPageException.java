package org.briefdesk.base.ui;

import com.vaadin.flow.router.NotFoundException;

/**
 * What a view reroutes to when the page asked for does not exist or is not the user's to open: the
 * two are told apart by neither the words nor the status, so that nobody learns what exists by trying
 * addresses. {@link NotFoundView} shows {@code message} inside the layout, with a link back to
 * {@code backPath} (relative to the application's root, such as {@code "sources"}).
 */
public final class NoSuchPageException extends NotFoundException {

    private final String heading;
    private final String backText;
    private final String backPath;

    public NoSuchPageException(String message, String backText, String backPath) {
        this("Not found", message, backText, backPath);
    }

    public NoSuchPageException(String heading, String message, String backText, String backPath) {
        super(message);
        this.heading = heading;
        this.backText = backText;
        this.backPath = backPath;
    }

    public String heading() {
        return heading;
    }

    public String backText() {
        return backText;
    }

    public String backPath() {
        return backPath;
    }
}
