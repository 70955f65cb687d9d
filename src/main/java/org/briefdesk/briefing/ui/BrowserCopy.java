package org.briefdesk.briefing.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.briefdesk.base.ui.UnsavedText;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editor's text as the browser keeps it until the server has saved it (issue #14): on every
 * keystroke the browser itself writes the title and text, with the revision they were written on,
 * to its local storage, under a key per user and briefing. No server round trip is involved, so
 * what was typed the moment before a node died is there. A save the server confirms removes the
 * copy, or moves it onto the new revision when typing went on meanwhile; opening the briefing again
 * with a copy that differs from the stored text offers it back ({@link #open}). Signing out removes
 * the user's copies ({@link UnsavedText}).
 */
final class BrowserCopy {

    /** What the browser kept. */
    record Kept(String title, String body, long base, Instant at) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Installs the keeping (once per text area) and reads what was kept. {@code $0}: title field,
     * {@code $1}: the key, {@code $2}: the revision shown. The function is Java's String.hashCode, so
     * the server can say which text it saved without sending it back.
     */
    private static final String OPEN = """
            const area = this, title = $0;
            area.$bdCopy = {key: $1, base: $2};
            if (!area.$bdCopyInstalled) {
              area.$bdCopyInstalled = true;
              const keep = () => {
                const copy = area.$bdCopy;
                try {
                  localStorage.setItem(copy.key, JSON.stringify({
                    t: title.value, b: area.inputElement.value, base: copy.base, at: Date.now()}));
                } catch (e) { /* storage full or off: the server copy is all there is */ }
              };
              area.addEventListener('input', keep);
              title.addEventListener('input', keep);
            }
            return localStorage.getItem($1);""";

    private static final String HASH = """
            const hash = (s) => { let h = 0; for (let i = 0; i < s.length; i++) { h = (31 * h + s.charCodeAt(i)) | 0; } return h; };
            """;

    private final TextField title;
    private final TextArea body;
    private final String key;

    BrowserCopy(TextField title, TextArea body, String username, long briefingId) {
        this.title = title;
        this.body = body;
        this.key = UnsavedText.PREFIX + username + "." + briefingId;
    }

    /** Starts keeping what is typed on {@code base}, and hands over what the browser kept before, if anything. */
    void open(@Nullable Long base, Consumer<Optional<Kept>> kept) {
        body.getElement()
                .executeJs(OPEN, title.getElement(), key, base)
                .then(String.class, json -> kept.accept(parse(json)), failure -> kept.accept(Optional.empty()));
    }

    /**
     * The server saved {@code savedTitle} and {@code savedBody} as revision {@code base}: a copy of
     * exactly that goes; a copy with more typing stays, now relative to {@code base}.
     */
    void saved(@Nullable Long base, String savedTitle, String savedBody) {
        body.getElement()
                .executeJs(
                        HASH + """
                        this.$bdCopy && (this.$bdCopy.base = $0);
                        const copy = JSON.parse(localStorage.getItem($1) || 'null');
                        if (!copy) return;
                        if (copy.t.length === $2 && hash(copy.t) === $3 && copy.b.length === $4 && hash(copy.b) === $5) {
                          localStorage.removeItem($1);
                        } else {
                          copy.base = $0;
                          localStorage.setItem($1, JSON.stringify(copy));
                        }""",
                        base,
                        key,
                        savedTitle.length(),
                        savedTitle.hashCode(),
                        savedBody.length(),
                        savedBody.hashCode());
    }

    /** The editor now shows revision {@code base} as stored, with nothing unsaved: any copy goes. */
    void dropOn(@Nullable Long base) {
        body.getElement()
                .executeJs("this.$bdCopy && (this.$bdCopy.base = $0); localStorage.removeItem($1);", base, key);
    }

    /**
     * What the browser kept, or empty for nothing, or for anything unreadable or without the revision
     * it was written on: restoring text on an unknown base could overwrite what others saved since.
     */
    static Optional<Kept> parse(@Nullable String json) {
        if (json == null || json.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode copy = JSON.readTree(json);
            JsonNode base = copy.path("base");
            if (!base.isIntegralNumber() || !copy.path("b").isString()) {
                return Optional.empty();
            }
            return Optional.of(new Kept(
                    copy.path("t").asString(""),
                    copy.path("b").asString(),
                    base.asLong(),
                    Instant.ofEpochMilli(copy.path("at").asLong(0))));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
