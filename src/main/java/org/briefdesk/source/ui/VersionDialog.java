package org.briefdesk.source.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.briefdesk.source.SourceVersionDetails;

/** Shows the text of one version of a source. */
class VersionDialog extends Dialog {

    VersionDialog(SourceVersionDetails version) {
        setHeaderTitle("@" + version.citationKey() + ", version " + version.number());
        setWidth("min(60rem, 95vw)");
        Paragraph hash = new Paragraph("SHA-256 " + version.bodySha256());
        hash.addClassName("bd-empty-state");
        add(hash, SourceView.createBody(version.body()));
        getFooter().add(new Button("Close", click -> close()));
    }
}
