package org.briefdesk.source.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.base.ui.Notifications;
import org.briefdesk.source.LibraryFormat;
import org.briefdesk.source.SourceQuery;
import org.briefdesk.source.SourceService;

/**
 * "Export: CSL JSON · BibTeX" above the list: the sources the list shows now (all of them without a
 * search or filter), as a file for Zotero, JabRef, pandoc or LaTeX (issue #19).
 */
class LibraryExportLinks extends Composite<HorizontalLayout> {

    private final SourceService sourceService;
    private volatile SourceQuery shown;

    LibraryExportLinks(SourceService sourceService, SourceQuery shown) {
        this.sourceService = sourceService;
        this.shown = shown;
        getContent().setAlignItems(FlexComponent.Alignment.BASELINE);
        getContent().add(VaadinIcon.DOWNLOAD_ALT.create(), new Span("Export the list:"));
        for (LibraryFormat format : LibraryFormat.values()) {
            getContent().add(link(format));
        }
    }

    /** The list now shows what this query finds; the next export writes those sources. */
    void showing(SourceQuery query) {
        this.shown = query;
    }

    private Anchor link(LibraryFormat format) {
        DownloadHandler download = event -> {
            String file;
            try {
                file = sourceService.export(shown, format);
            } catch (ActionRefusedException refused) {
                event.getUI().access(() -> Notifications.error(refused.getMessage()));
                event.getResponse().setStatus(409);
                return;
            }
            byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
            event.setFileName("briefdesk-sources-" + LocalDate.now() + "." + format.extension());
            event.setContentType(format.contentType());
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
        Anchor anchor = new Anchor(download, format.label() + " (." + format.extension() + ")");
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
