package org.briefdesk.briefing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.briefdesk.base.ui.Notifications;

/**
 * The editor's Markdown text: the text area, where its cursor and selection are, and the edits made
 * there from outside the keyboard — the formatting buttons, "Cite source", a click on a finding, and
 * keeping the cursor in place when a co-author's save replaces the text. After each such edit it
 * calls {@code edited}, as typing would.
 */
final class MarkdownText {

    private final TextArea area = new TextArea("Body");
    private final Runnable edited;
    private int selectionStart = -1;
    private int selectionEnd = -1;

    MarkdownText(Runnable edited) {
        this.edited = edited;
        // Remember where the cursor and selection are, so that toolbar actions and citations go there.
        for (String type : new String[] {"keyup", "mouseup", "select", "focusout"}) {
            area.getElement()
                    .addEventListener(type, event -> {
                        selectionStart = event.getEventData()
                                .path("element.inputElement.selectionStart")
                                .asInt(-1);
                        selectionEnd = event.getEventData()
                                .path("element.inputElement.selectionEnd")
                                .asInt(-1);
                    })
                    .addEventData("element.inputElement.selectionStart")
                    .addEventData("element.inputElement.selectionEnd")
                    .debounce(200);
        }
    }

    TextArea area() {
        return area;
    }

    /** Heading, bold, italic, list, link and quote, each acting on the selection or the cursor's line. */
    List<Button> formattingButtons() {
        return List.of(
                button("Heading", VaadinIcon.HEADER, () -> prefixLines("## ")),
                button("Bold", VaadinIcon.BOLD, () -> wrapSelection("**", "**", "bold text")),
                button("Italic", VaadinIcon.ITALIC, () -> wrapSelection("*", "*", "italic text")),
                button("List", VaadinIcon.LIST_UL, () -> prefixLines("- ")),
                button("Link", VaadinIcon.LINK, () -> wrapSelection("[", "](https://)", "link text")),
                button("Quote", VaadinIcon.QUOTE_LEFT, () -> prefixLines("> ")));
    }

    int selectionStart() {
        int length = area.getValue().length();
        return selectionStart < 0 || selectionStart > length ? length : selectionStart;
    }

    int selectionEnd() {
        int length = area.getValue().length();
        int end = selectionEnd < 0 || selectionEnd > length ? selectionStart() : selectionEnd;
        return Math.max(end, selectionStart());
    }

    /** Inserts text at the cursor (or replaces the selection), as "Cite source" does. */
    void insertAtCursor(String text) {
        if (area.isReadOnly()) {
            Notifications.error("This briefing cannot be edited now.");
            return;
        }
        String value = area.getValue();
        int start = selectionStart();
        int end = selectionEnd();
        String before = value.substring(0, start);
        String spacer = !before.isEmpty() && !Character.isWhitespace(before.charAt(before.length() - 1)) ? " " : "";
        String updated = before + spacer + text + value.substring(end);
        int caret = start + spacer.length() + text.length();
        setAndSelect(updated, caret, caret);
    }

    /** Selects a stretch of the text, focuses it and scrolls it into view. */
    void select(int start, int end) {
        selectionStart = start;
        selectionEnd = end;
        area.getElement()
                .executeJs(
                        "const input = this.inputElement; input.focus(); input.setSelectionRange($0, $1);"
                                + " const line = input.value.substring(0, $0).split('\\n').length;"
                                + " input.scrollTop = Math.max(0, (line - 3) * parseFloat(getComputedStyle(input).lineHeight || 20));",
                        start,
                        end);
    }

    /**
     * After the text was replaced ({@code before} by the current value, a co-author's save), puts the
     * cursor back where it was in the text that stayed. Only if the text area has the focus: a reader
     * elsewhere on the page keeps theirs.
     */
    void keepCursor(String before) {
        if (selectionStart < 0) {
            return;
        }
        String after = area.getValue();
        int start = selectionStart;
        int end = selectionEnd;
        selectionStart = shiftedOffset(before, after, start);
        selectionEnd = shiftedOffset(before, after, Math.max(start, end));
        area.getElement()
                .executeJs(
                        "const input = this.inputElement; if (document.activeElement === input) {"
                                + " const top = input.scrollTop; input.setSelectionRange($0, $1);"
                                + " input.scrollTop = top; }",
                        selectionStart,
                        selectionEnd);
    }

    /**
     * Where an offset in {@code before} lands in {@code after}: text changed only after it leaves it
     * where it is, text changed only before it moves it by the change in length, and an offset inside
     * the changed stretch goes to that stretch's end in the new text.
     */
    static int shiftedOffset(String before, String after, int offset) {
        int prefix = 0;
        int shortest = Math.min(before.length(), after.length());
        while (prefix < shortest && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shortest - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        int clamped = Math.max(0, Math.min(offset, before.length()));
        if (clamped <= prefix) {
            return clamped;
        }
        if (clamped >= before.length() - suffix) {
            return clamped + after.length() - before.length();
        }
        return after.length() - suffix;
    }

    private void wrapSelection(String prefix, String suffix, String placeholder) {
        String value = area.getValue();
        int start = selectionStart();
        int end = selectionEnd();
        String selected = start == end ? placeholder : value.substring(start, end);
        String updated = value.substring(0, start) + prefix + selected + suffix + value.substring(end);
        setAndSelect(updated, start + prefix.length(), start + prefix.length() + selected.length());
    }

    private void prefixLines(String prefix) {
        String value = area.getValue();
        int start = selectionStart() == 0 ? 0 : value.lastIndexOf('\n', Math.max(0, selectionStart() - 1)) + 1;
        int end = selectionEnd();
        String block = value.substring(start, end);
        String prefixed =
                Arrays.stream(block.split("\n", -1)).map(line -> prefix + line).collect(Collectors.joining("\n"));
        String updated = value.substring(0, start) + prefixed + value.substring(end);
        setAndSelect(updated, start + prefixed.length(), start + prefixed.length());
    }

    private void setAndSelect(String value, int start, int end) {
        area.setValue(value);
        select(start, end);
        edited.run();
    }

    private Button button(String label, VaadinIcon icon, Runnable action) {
        Button button = new Button(icon.create(), click -> {
            if (!area.isReadOnly()) {
                action.run();
            }
        });
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        return button;
    }
}
