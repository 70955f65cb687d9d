package org.briefdesk.index.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.briefdesk.index.SnippetPart;

/** Renders a search snippet as text with the matched words marked, never as HTML. */
public final class Snippets {

    private Snippets() {}

    public static Paragraph render(List<SnippetPart> parts) {
        Paragraph paragraph = new Paragraph();
        paragraph.addClassName("bd-snippet");
        for (SnippetPart part : parts) {
            Span span = new Span(part.text());
            if (part.match()) {
                span.addClassName("bd-match");
            }
            paragraph.add(span);
        }
        return paragraph;
    }
}
