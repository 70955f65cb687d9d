package org.briefdesk.signin.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.base.ui.Notifications;
import org.briefdesk.signin.TwoFactorService;

/**
 * Each user's own two-factor sign-in: set it up with an authenticator app (scan the QR code or type
 * the key, then one code to prove it works), keep the recovery codes, renew them, or turn it off.
 */
@Route("account/two-factor")
@PageTitle("Two-factor sign-in")
@PermitAll
class TwoFactorView extends Main {

    private final TwoFactorService twoFactor;

    TwoFactorView(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
        addClassName("bd-view");
        show();
    }

    private void show() {
        removeAll();
        add(new Anchor("account", "← Your account"), new H2("Two-factor sign-in"));
        TwoFactorService.Status status = twoFactor.status();
        if (status.on()) {
            showOn(status);
        } else {
            add(
                    new Paragraph(
                            "With two-factor sign-in, your password alone does not sign you in: Briefdesk also asks"
                                    + " for the six-digit code an authenticator app on your phone shows (for example FreeOTP,"
                                    + " Aegis, Google Authenticator or Microsoft Authenticator)."),
                    new Button("Set up two-factor sign-in", click -> showSetup(twoFactor.begin())));
        }
    }

    private void showOn(TwoFactorService.Status status) {
        add(new Paragraph(
                "Two-factor sign-in is on. You have " + status.recoveryCodesLeft() + " unused recovery codes."));
        TextField code = codeField("Current code or recovery code");
        Button renew = new Button(
                "New recovery codes",
                click -> withCode(
                        code,
                        c -> showRecoveryCodes(
                                twoFactor.renewRecoveryCodes(c),
                                "Your new recovery codes. The old ones no longer work.")));
        Button off = new Button(
                "Turn off",
                click -> withCode(code, c -> {
                    twoFactor.turnOff(c);
                    Notifications.success("Two-factor sign-in is off.");
                    show();
                }));
        off.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout row = new HorizontalLayout(code, renew, off);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(row);
    }

    private void showSetup(TwoFactorService.Setup setup) {
        removeAll();
        Image qr = new Image(qrCode(setup.keyUri()), "QR code of the key for an authenticator app");
        qr.setWidth("12rem");
        Span key = new Span(setup.groupedSecret());
        key.addClassName("bd-code");
        TextField code = codeField("Code from the app");
        Button turnOn = new Button(
                "Turn on",
                click -> withCode(
                        code,
                        c -> showRecoveryCodes(
                                twoFactor.confirm(c),
                                "Two-factor sign-in is on. Keep these recovery codes somewhere safe.")));
        turnOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(code, turnOn);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(
                new H2("Set up two-factor sign-in"),
                new Paragraph("1. Scan this code with your authenticator app, or type the key below into it."),
                qr,
                new Paragraph(new Span("Key: "), key),
                new Paragraph("2. Type the six-digit code the app shows now."),
                row,
                new Button("Cancel", click -> show()));
    }

    private void showRecoveryCodes(List<String> codes, String heading) {
        removeAll();
        OrderedList list = new OrderedList();
        codes.forEach(c -> list.add(new ListItem(new Span(c))));
        list.addClassName("bd-code");
        add(
                new H2("Recovery codes"),
                new Paragraph(heading + " Each one signs you in once without the app, if your phone is lost."
                        + " They are shown only now."),
                list,
                new Button("I have saved them", click -> show()));
    }

    private static TextField codeField(String label) {
        TextField code = new TextField(label);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        return code;
    }

    /** Runs an action with the code typed; a refusal shows its message next to the field. */
    private static void withCode(TextField field, Consumer<String> action) {
        try {
            field.setInvalid(false);
            action.accept(field.getValue());
        } catch (ActionRefusedException refused) {
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
        }
    }

    /** The QR code as an SVG image: drawn from zxing's matrix, no user text in it. */
    static String qrCode(String content) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0);
            StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ")
                    .append(matrix.getWidth())
                    .append(' ')
                    .append(matrix.getHeight())
                    .append("' shape-rendering='crispEdges'><rect width='100%' height='100%' fill='white'/>"
                            + "<path fill='black' d='");
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        svg.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            svg.append("'/></svg>");
            return "data:image/svg+xml;base64,"
                    + Base64.getEncoder().encodeToString(svg.toString().getBytes(StandardCharsets.UTF_8));
        } catch (WriterException e) {
            throw new IllegalStateException("A key address always fits a QR code", e);
        }
    }
}
