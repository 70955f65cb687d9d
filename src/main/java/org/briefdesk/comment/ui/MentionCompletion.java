package org.briefdesk.comment.ui;

import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomEvent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.briefdesk.comment.Mentions;
import org.briefdesk.user.UserDirectory;
import org.jspecify.annotations.Nullable;

/**
 * Completes {@code @mentions} in the text fields of one comments panel. Typing {@code @} and the
 * start of a name offers, under the field, the people the comment may mention whose user name or
 * display name starts with it. Enter or Tab in the field takes the first; the down arrow moves into
 * the list, where Enter takes the person under the cursor; a click takes one too. The choice replaces
 * what was typed with {@code @username} and a space; Escape closes the list. {@link Mentions} decides
 * what counts as a mention being typed, as it decides what counts as a mention.
 *
 * <p>One list serves every field of the panel; it is made when first needed.
 */
final class MentionCompletion {

    static final int MAX_OFFERED = 8;

    /** What the browser sends of the field as it is typed in: its text and where the cursor is. */
    static final String VALUE = "element.inputElement.value";

    static final String CARET = "element.inputElement.selectionStart";

    static final String KEY = "event.key";

    /**
     * The keys the field hands to the list while it is open, and only then: their usual effect
     * (a new line, leaving the field) is prevented for these alone.
     */
    static final String KEY_FILTER = "element.bdMentionsOpen === true"
            + " && !event.ctrlKey && !event.altKey && !event.metaKey && !event.isComposing"
            + " && (((event.key === 'Enter' || event.key === 'Tab') && !event.shiftKey)"
            + " || event.key === 'Escape' || event.key === 'ArrowDown')"
            + " && (event.preventDefault(), event.stopPropagation(), true)";

    /** How long typing pauses before the list follows it. */
    static final int TYPING_PAUSE_MILLIS = 150;

    private static final String OPEN_PROPERTY = "bdMentionsOpen";

    private final Supplier<List<UserDirectory.Person>> people;

    private @Nullable Popover popover;
    private @Nullable ListBox<UserDirectory.Person> list;
    /** The field the list is open for, its text then and the mention being typed in it. */
    private @Nullable TextArea field;

    private String text = "";
    private Mentions.@Nullable Typing typing;
    /** The text a completion replaced: a late report of typing from before it is ignored. */
    private @Nullable String completed;

    /** @param people who may be mentioned, asked each time the list opens */
    MentionCompletion(Supplier<List<UserDirectory.Person>> people) {
        this.people = people;
    }

    /** Offers completion in the field. */
    void attachTo(TextArea area) {
        area.getElement()
                .addEventListener("input", event -> typed(area, event))
                .addEventData(VALUE)
                .addEventData(CARET)
                .debounce(TYPING_PAUSE_MILLIS);
        area.getElement()
                .addEventListener("keydown", event -> keyPressed(area, event))
                .setFilter(KEY_FILTER)
                .addEventData(KEY)
                .addEventData(VALUE)
                .addEventData(CARET);
    }

    /** Whether the list is open for the field. */
    boolean isOpenFor(TextArea area) {
        return area == field && popover != null && popover.isOpened();
    }

    /** The people whose user name or a word of whose name starts with {@code prefix}; user names first. */
    static List<UserDirectory.Person> matching(List<UserDirectory.Person> people, String prefix) {
        String start = prefix.toLowerCase(Locale.ROOT);
        return people.stream()
                .filter(person -> byUsername(person, start)
                        || Arrays.stream(person.displayName()
                                        .toLowerCase(Locale.ROOT)
                                        .split("\\s+"))
                                .anyMatch(word -> word.startsWith(start)))
                .sorted(Comparator.comparing(person -> !byUsername(person, start)))
                .limit(MAX_OFFERED)
                .toList();
    }

    private static boolean byUsername(UserDirectory.Person person, String start) {
        return person.username().toLowerCase(Locale.ROOT).startsWith(start);
    }

    private void typed(TextArea area, DomEvent event) {
        String value = event.getEventData().path(VALUE).asString("");
        int caret = event.getEventData().path(CARET).asInt(-1);
        if (area == field && value.equals(completed)) {
            return;
        }
        completed = null;
        Optional<Mentions.Typing> found = Mentions.typingAt(value, caret);
        List<UserDirectory.Person> offered =
                found.map(typed -> matching(people.get(), typed.prefix())).orElse(List.of());
        if (found.isEmpty() || offered.isEmpty()) {
            close();
            return;
        }
        show(area, value, found.get(), offered);
    }

    private void keyPressed(TextArea area, DomEvent event) {
        if (area != field || popover == null || !popover.isOpened()) {
            return;
        }
        String key = event.getEventData().path(KEY).asString("");
        String value = event.getEventData().path(VALUE).asString(text);
        int caret = event.getEventData().path(CARET).asInt(-1);
        switch (key) {
            case "Enter", "Tab" -> {
                Optional<Mentions.Typing> found = Mentions.typingAt(value, caret);
                List<UserDirectory.Person> offered = found.map(typed -> matching(people.get(), typed.prefix()))
                        .orElse(List.of());
                if (found.isEmpty() || offered.isEmpty()) {
                    close();
                    if (key.equals("Enter") && caret >= 0 && caret <= value.length()) {
                        // The list closed as the key was pressed: the line break is the user's.
                        area.setValue(value.substring(0, caret) + "\n" + value.substring(caret));
                        moveCaret(area, caret + 1);
                    }
                    return;
                }
                text = value;
                typing = found.get();
                pick(offered.getFirst());
            }
            case "ArrowDown" -> listBox().getElement().executeJs("this.focus()");
            default -> close();
        }
    }

    private void show(TextArea area, String value, Mentions.Typing found, List<UserDirectory.Person> offered) {
        Popover open = popover();
        if (field != area) {
            if (field != null) {
                field.getElement().setProperty(OPEN_PROPERTY, false);
            }
            open.setTarget(area);
            field = area;
        }
        text = value;
        typing = found;
        listBox().setItems(offered);
        open.open();
        area.getElement().setProperty(OPEN_PROPERTY, true);
    }

    /** Puts the person's user name in place of the mention being typed. */
    private void pick(UserDirectory.Person person) {
        TextArea area = field;
        Mentions.Typing typed = typing;
        if (area == null || typed == null) {
            return;
        }
        Mentions.Completed done = typed.complete(text, person.username());
        completed = text;
        close();
        area.setValue(done.text());
        moveCaret(area, done.caret());
    }

    private static void moveCaret(TextArea area, int caret) {
        area.getElement()
                .executeJs("const input = this.inputElement; input.focus(); input.setSelectionRange($0, $0);", caret);
    }

    private static void focus(TextArea area) {
        area.getElement().executeJs("this.inputElement.focus()");
    }

    private void close() {
        if (field != null) {
            field.getElement().setProperty(OPEN_PROPERTY, false);
        }
        if (popover != null && popover.isOpened()) {
            popover.close();
        }
        typing = null;
    }

    private Popover popover() {
        if (popover == null) {
            Popover created = new Popover(listBox());
            created.setOpenOnClick(false);
            created.setOpenOnFocus(false);
            created.setOpenOnHover(false);
            created.setAutofocus(false);
            created.setModal(false);
            created.setPosition(PopoverPosition.BOTTOM_START);
            created.setAriaLabel("People to mention");
            created.addOpenedChangeListener(event -> {
                if (!event.isOpened() && field != null) {
                    // Closed by the browser (Escape in the list, a click elsewhere).
                    field.getElement().setProperty(OPEN_PROPERTY, false);
                    typing = null;
                }
            });
            popover = created;
        }
        return popover;
    }

    private ListBox<UserDirectory.Person> listBox() {
        if (list == null) {
            ListBox<UserDirectory.Person> created = new ListBox<>();
            created.setAriaLabel("People to mention");
            created.addClassName("bd-mention-list");
            created.setItemLabelGenerator(person -> person.displayName() + " (@" + person.username() + ")");
            created.addValueChangeListener(event -> {
                UserDirectory.Person person = event.getValue();
                if (event.isFromClient() && person != null) {
                    pick(person);
                }
                if (person != null) {
                    created.clear();
                }
            });
            // Escape in the list closes it (the popover does that) and goes back to the text.
            created.getElement()
                    .addEventListener("keydown", event -> {
                        if (field != null) {
                            focus(field);
                        }
                    })
                    .setFilter("event.key === 'Escape'");
            list = created;
        }
        return list;
    }
}
