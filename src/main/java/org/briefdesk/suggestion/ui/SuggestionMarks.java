package org.briefdesk.suggestion.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.briefdesk.briefing.ui.EditorPanelContribution;
import org.briefdesk.citation.HtmlSanitizer;
import org.briefdesk.suggestion.SuggestionAnchor;
import org.briefdesk.suggestion.SuggestionDetails;

/**
 * The pending suggestions in the preview: what one would delete struck through, what it would insert
 * underlined, each saying on hover who suggested it. The Markdown gets private-use characters around
 * each stretch, which pass the pipeline as text; the rendered HTML gets them replaced by marked spans
 * (closed and opened again around any element boundary inside the stretch) and passes the sanitizer
 * once more.
 */
final class SuggestionMarks implements EditorPanelContribution.PreviewMarks {

    static final char INSERT_START = '\uE000';
    static final char INSERT_END = '\uE001';
    static final char DELETE_START = '\uE002';
    static final char DELETE_END = '\uE003';

    private final String markdown;
    /** The hover text of each stretch, in the order their start marks stand in the text. */
    private final List<String> titles;

    private SuggestionMarks(String markdown, List<String> titles) {
        this.markdown = markdown;
        this.titles = titles;
    }

    /**
     * The marks of the suggestions found in {@code text} (outdated and overlapping ones are left out);
     * empty when there is nothing to mark.
     */
    static Optional<SuggestionMarks> of(
            String text, List<SuggestionDetails> pending, Function<SuggestionDetails, String> title) {
        record Placed(SuggestionAnchor.Place place, SuggestionDetails suggestion) {}
        List<Placed> placed = new ArrayList<>();
        for (SuggestionDetails suggestion : pending) {
            new SuggestionAnchor(suggestion.original(), suggestion.before(), suggestion.after())
                    .locate(text)
                    .ifPresent(place -> placed.add(new Placed(place, suggestion)));
        }
        placed.sort(Comparator.comparingInt((Placed p) -> p.place().start()));
        StringBuilder marked = new StringBuilder();
        List<String> titles = new ArrayList<>();
        int at = 0;
        for (Placed p : placed) {
            if (p.place().start() < at) {
                continue;
            }
            marked.append(strip(text.substring(at, p.place().start())));
            String hover = title.apply(p.suggestion());
            if (!p.suggestion().original().isEmpty()) {
                marked.append(DELETE_START)
                        .append(strip(p.suggestion().original()))
                        .append(DELETE_END);
                titles.add(hover);
            }
            if (!p.suggestion().replacement().isEmpty()) {
                marked.append(INSERT_START)
                        .append(strip(p.suggestion().replacement()))
                        .append(INSERT_END);
                titles.add(hover);
            }
            at = p.place().end();
        }
        if (titles.isEmpty()) {
            return Optional.empty();
        }
        marked.append(strip(text.substring(at)));
        return Optional.of(new SuggestionMarks(marked.toString(), List.copyOf(titles)));
    }

    @Override
    public String markdown() {
        return markdown;
    }

    @Override
    public String html(String rendered) {
        StringBuilder out = new StringBuilder(rendered.length() + titles.size() * 80);
        String open = null;
        int next = 0;
        for (int i = 0; i < rendered.length(); i++) {
            char c = rendered.charAt(i);
            if (c == '<') {
                // An element boundary: a marked stretch closes before it and opens again after it.
                int end = rendered.indexOf('>', i);
                end = end < 0 ? rendered.length() - 1 : end;
                if (open != null) {
                    out.append("</span>");
                }
                for (int j = i; j <= end; j++) {
                    char inTag = rendered.charAt(j);
                    if (inTag == INSERT_START || inTag == DELETE_START) {
                        open = span(inTag, next++);
                    } else if (inTag == INSERT_END || inTag == DELETE_END) {
                        open = null;
                    } else {
                        out.append(inTag);
                    }
                }
                if (open != null) {
                    out.append(open);
                }
                i = end;
            } else if (c == INSERT_START || c == DELETE_START) {
                open = span(c, next++);
                out.append(open);
            } else if (c == INSERT_END || c == DELETE_END) {
                if (open != null) {
                    out.append("</span>");
                }
                open = null;
            } else {
                out.append(c);
            }
        }
        return HtmlSanitizer.sanitize(out.toString());
    }

    private String span(char start, int index) {
        String title = index < titles.size() ? titles.get(index) : "";
        return "<span class=\"" + (start == INSERT_START ? "bd-suggested-insert" : "bd-suggested-delete")
                + "\" title=\"" + HtmlSanitizer.escapeText(title) + "\">";
    }

    /** The text without any of the mark characters, should someone have typed one. */
    private static String strip(String text) {
        return text.replace(String.valueOf(INSERT_START), "")
                .replace(String.valueOf(INSERT_END), "")
                .replace(String.valueOf(DELETE_START), "")
                .replace(String.valueOf(DELETE_END), "");
    }
}
