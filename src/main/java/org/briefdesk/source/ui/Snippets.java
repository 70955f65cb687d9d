package org.briefdesk.source.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.briefdesk.source.SourceHit;

/** Renders a search snippet as text with the matched words marked, never as HTML. */
final class Snippets {

    private Snippets() {}

    static Paragraph render(List<SourceHit.SnippetPart> parts) {
        Paragraph paragraph = new Paragraph();
        paragraph.addClassName("bd-snippet");
        for (SourceHit.SnippetPart part : parts) {
            Span span = new Span(part.text());
            if (part.match()) {
                span.addClassName("bd-match");
            }
            paragraph.add(span);
        }
        return paragraph;
    }
}
