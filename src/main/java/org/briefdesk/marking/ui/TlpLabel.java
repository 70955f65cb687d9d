package org.briefdesk.marking.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.briefdesk.marking.Tlp;

/** A TLP marking as FIRST shows it: its label in its colour on black (styles.css, {@code .bd-tlp}). */
public final class TlpLabel {

    private TlpLabel() {}

    public static Span of(Tlp marking) {
        Span label = new Span(marking.label());
        label.addClassNames(
                "bd-tlp", "bd-tlp-" + marking.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        label.setTitle(marking.meaning());
        return label;
    }
}
