package org.briefdesk.source.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Markdown with optional YAML front matter for the fields. The body keeps its paragraphs but loses
 * the markup that would stand between a quotation and the words it quotes: heading, emphasis and
 * block-quote markers, list bullets, link syntax (the link text stays) and images. Code is kept
 * as text.
 */
final class MarkdownImporter {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");
    private static final Pattern ATX_HEADING =
            Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT_H1 = Pattern.compile("^ {0,3}=+[ \\t]*$");
    /*
     * A repeated group in a Java regular expression takes stack for every repetition, so a line of
     * tens of thousands of "- " or "> " overflowed the stack (found by ImportFuzzTest). Thematic
     * breaks, table rules and block-quote markers are therefore read by plain loops, and the
     * repeated groups left in link and image addresses are bounded.
     */
    private static final Pattern TABLE_CELL = Pattern.compile("[ \\t]*:?-{3,}:?[ \\t]*");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]^][^\\]]*\\]:[ \\t]*\\S+.*$");
    private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("^ {0,3}\\[\\^[^\\]]+\\]:[ \\t]*");
    private static final Pattern BULLET = Pattern.compile("^([ \\t]*)[-*+][ \\t]+(?:\\[[ xX]\\][ \\t]+)?");
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->");

    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    /** A link or image address: no spaces, parentheses only in (up to 32) balanced pairs. */
    private static final String ADDRESS = "[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*){0,32}";

    private static final Pattern IMAGE =
            Pattern.compile("!\\[[^\\]]*\\](?:\\(" + ADDRESS + "(?:\\s+\"[^\"]*\")?\\)|\\[[^\\]]*\\])");
    private static final Pattern LINK =
            Pattern.compile("(?<!\\\\)\\[([^\\]]*)\\]\\((?:<[^>]*>|" + ADDRESS + ")(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("(?<!\\\\)\\[([^\\]]+)\\]\\[[^\\]]*\\]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+|[^@>\\s]+@[^>\\s]+)>");
    private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("\\[\\^[^\\]\\s]+\\]");
    private static final Pattern STRONG_STARS =
            Pattern.compile("(?<![\\\\*])\\*\\*(?=\\S)(.{1,500}?)(?<=[^\\s\\\\])\\*\\*");
    private static final Pattern STRONG_UNDERSCORES =
            Pattern.compile("(?<![\\\\\\w])__(?=\\S)(.{1,500}?)(?<=[^\\s\\\\])__(?!\\w)");
    private static final Pattern EMPHASIS_STAR =
            Pattern.compile("(?<![\\\\*\\w])\\*(?=[^\\s*])(.{1,500}?)(?<=[^\\s*\\\\])\\*(?!\\*)");
    private static final Pattern EMPHASIS_UNDERSCORE =
            Pattern.compile("(?<![\\\\\\w])_(?=[^\\s_])(.{1,500}?)(?<=[^\\s_\\\\])_(?!\\w)");
    private static final Pattern STRIKETHROUGH = Pattern.compile("(?<!\\\\)~~(?=\\S)(.{1,500}?)(?<=\\S)~~");
    private static final Pattern INLINE_HTML = Pattern.compile(
            "</?(?:br|b|i|em|strong|u|s|del|ins|mark|small|sup|sub|span|abbr|cite|q)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern HARD_BREAK = Pattern.compile("\\\\$");

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ONE_TO_SIX = Pattern.compile("[1-6]");

    private MarkdownImporter() {}

    static ImportedDocument read(String fileName, String text) throws ImportRefusedException {
        DocumentParts parts = new DocumentParts(fileName);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\\r\\n|\\r|\\n", -1)));
        List<String> bodyLines = lines;
        if (!lines.isEmpty() && lines.getFirst().stripTrailing().equals("---")) {
            int closing = closingFence(lines);
            readFrontMatter(String.join("\n", lines.subList(1, closing)), parts);
            bodyLines = lines.subList(closing + 1, lines.size());
        }
        List<PlainLine> plain = toPlainText(bodyLines);
        chooseTitle(plain, parts);
        StringBuilder body = new StringBuilder();
        for (PlainLine line : plain) {
            if (!line.dropped()) {
                body.append(line.text()).append('\n');
            }
        }
        parts.body = body.toString();
        return parts.finish(
                "The file has no title: give it a title in the front matter, or start it with a" + " \"# Heading\".");
    }

    private static int closingFence(List<String> lines) throws ImportRefusedException {
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                return i;
            }
        }
        throw new ImportRefusedException(
                "The front matter that starts on line 1 is never closed: end it with a line of three dashes (---).");
    }

    // ---- front matter

    /** Scalars stay strings (no YAML 1.1 booleans, octals or timestamps), so "no" or "007" mean what they say. */
    private static final class StringsOnlyResolver extends Resolver {

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(10);
        options.setCodePointLimit(1_000_000);
        DumperOptions dumperOptions = new DumperOptions();
        // SafeConstructor: plain maps, lists and scalars only, never arbitrary types.
        return new Yaml(
                new SafeConstructor(options),
                new Representer(dumperOptions),
                dumperOptions,
                options,
                new StringsOnlyResolver());
    }

    private static void readFrontMatter(String frontMatter, DocumentParts parts) throws ImportRefusedException {
        Object loaded;
        try {
            loaded = yaml().load(frontMatter);
        } catch (MarkedYAMLException e) {
            String where = e.getProblemMark() == null
                    ? ""
                    : "line " + (e.getProblemMark().getLine() + 2) + ": ";
            throw new ImportRefusedException("The front matter is not valid YAML (" + where + e.getProblem() + ").");
        } catch (YAMLException e) {
            throw new ImportRefusedException("The front matter is not valid YAML (" + e.getMessage() + ").");
        }
        if (loaded == null) {
            return;
        }
        if (!(loaded instanceof Map<?, ?> fields)) {
            throw new ImportRefusedException(
                    "The front matter must be a list of \"key: value\" lines, such as \"title: …\".");
        }
        @Nullable String published = null;
        @Nullable String publishedKey = null;
        for (Map.Entry<?, ?> field : fields.entrySet()) {
            String key = String.valueOf(field.getKey()).strip().toLowerCase(Locale.ROOT);
            Object value = field.getValue();
            if (value == null) {
                continue;
            }
            switch (key) {
                case "title" -> parts.title = text(key, value);
                case "outlet" -> parts.outlet = text(key, value);
                case "author", "authors" -> parts.authors.addAll(list(key, value, false));
                case "url" -> parts.url = url(text(key, value));
                case "published", "date" -> {
                    // "published" wins over "date", whichever comes first.
                    if (published == null || key.equals("published")) {
                        published = text(key, value);
                        publishedKey = key;
                    }
                }
                case "language", "lang" -> {
                    if (parts.language == null || key.equals("language")) {
                        parts.language = language(key, text(key, value));
                    }
                }
                case "tags" -> parts.tags.addAll(list(key, value, true));
                case "reliability" -> parts.reliability = reliability(text(key, value));
                case "credibility" -> parts.credibility = credibility(text(key, value));
                case "tlp" -> parts.tlp = tlp(text(key, value));
                default -> {
                    // Other keys (layout, draft, notes of other tools) are not ours to judge.
                }
            }
        }
        if (published != null && publishedKey != null) {
            parts.publishedDate = date(publishedKey, published);
        }
    }

    private static String text(String key, Object value) throws ImportRefusedException {
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new ImportRefusedException(
                    "The front matter field \u201c" + key + "\u201d must be a single value, not a list or a group.");
        }
        if (value instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        }
        return String.valueOf(value).strip();
    }

    private static List<String> list(String key, Object value, boolean splitCommas) throws ImportRefusedException {
        List<String> items = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item != null) {
                    items.add(text(key, item));
                }
            }
        } else {
            String single = text(key, value);
            if (splitCommas) {
                items.addAll(Arrays.asList(single.split(",")));
            } else {
                items.add(single);
            }
        }
        return items.stream().map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    private static @Nullable String url(String value) throws ImportRefusedException {
        if (value.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // Refused below with the same message as any other unusable address.
        }
        throw new ImportRefusedException("The front matter field \u201curl\u201d must be a web address starting with"
                + " http:// or https:// (it is \u201c" + shorten(value) + "\u201d).");
    }

    private static LocalDate date(String key, String value) throws ImportRefusedException {
        try {
            if (DATE.matcher(value).matches()) {
                return LocalDate.parse(value);
            }
            if (value.length() > 10 && DATE.matcher(value.substring(0, 10)).matches()) {
                // A full timestamp: the date as the writer wrote it, whatever the offset.
                try {
                    return OffsetDateTime.parse(value.replace(' ', 'T')).toLocalDate();
                } catch (DateTimeParseException e) {
                    return LocalDateTime.parse(value.replace(' ', 'T')).toLocalDate();
                }
            }
        } catch (DateTimeParseException e) {
            // Refused below.
        }
        throw new ImportRefusedException("The front matter field \u201c" + key
                + "\u201d must be a date written YYYY-MM-DD (it is \u201c" + shorten(value) + "\u201d).");
    }

    private static @Nullable String language(String key, String value) throws ImportRefusedException {
        if (value.isEmpty()) {
            return null;
        }
        if (!DocumentParts.LANGUAGE.matcher(value).matches()) {
            throw new ImportRefusedException("The front matter field \u201c" + key
                    + "\u201d must be a language code such as \u201cen\u201d or \u201cen-GB\u201d (it is \u201c"
                    + shorten(value) + "\u201d).");
        }
        return value;
    }

    private static @Nullable Character reliability(String value) throws ImportRefusedException {
        if (value.isEmpty()) {
            return null;
        }
        String letter = value.toUpperCase(Locale.ROOT);
        if (letter.length() != 1 || letter.charAt(0) < 'A' || letter.charAt(0) > 'F') {
            throw new ImportRefusedException("The front matter field \u201creliability\u201d must be a letter from A"
                    + " to F (it is \u201c" + shorten(value) + "\u201d).");
        }
        return letter.charAt(0);
    }

    private static @Nullable Integer credibility(String value) throws ImportRefusedException {
        if (value.isEmpty()) {
            return null;
        }
        if (!ONE_TO_SIX.matcher(value).matches()) {
            throw new ImportRefusedException("The front matter field \u201ccredibility\u201d must be a number from 1"
                    + " to 6 (it is \u201c" + shorten(value) + "\u201d).");
        }
        return Integer.valueOf(value);
    }

    private static org.briefdesk.marking.@Nullable Tlp tlp(String value) throws ImportRefusedException {
        if (value.isEmpty()) {
            return null;
        }
        return org.briefdesk.marking.Tlp.parse(value)
                .orElseThrow(() -> new ImportRefusedException("The front matter field \u201ctlp\u201d must be a TLP 2.0"
                        + " marking: TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED (it is \u201c"
                        + shorten(value) + "\u201d)."));
    }

    private static String shorten(String value) {
        String line = DocumentParts.oneLine(value);
        return line.length() > 60 ? line.substring(0, 59) + "…" : line;
    }

    // ---- body

    /** One source line as plain text; headings are remembered because the title may be one. */
    private record PlainLine(String text, int headingLevel, boolean dropped) {

        PlainLine drop() {
            return new PlainLine(text, headingLevel, true);
        }
    }

    private static List<PlainLine> toPlainText(List<String> lines) {
        List<PlainLine> plain = new ArrayList<>(lines.size());
        @Nullable String fence = null;
        String previous = "";
        for (String line : lines) {
            if (fence != null) {
                char fenceChar = fence.charAt(0);
                if (line.strip().startsWith(fence) && line.strip().chars().allMatch(c -> c == fenceChar)) {
                    fence = null;
                    plain.add(new PlainLine("", 0, false));
                } else {
                    // Code stays exactly as written: it is quoted as it is.
                    plain.add(new PlainLine(line, 0, false));
                }
                previous = line;
                continue;
            }
            Matcher opening = FENCE.matcher(line);
            if (opening.matches()) {
                fence = opening.group(1);
                plain.add(new PlainLine("", 0, false));
            } else {
                plain.add(blockLine(line, previous, plain));
            }
            previous = line;
        }
        return plain;
    }

    private static PlainLine blockLine(String line, String previous, List<PlainLine> plain) {
        if (SETEXT_H1.matcher(line).matches() && !previous.isBlank() && !plain.isEmpty()) {
            // "Title" over "=====": the line above is a level-1 heading.
            PlainLine above = plain.removeLast();
            plain.add(new PlainLine(above.text(), 1, above.dropped()));
            return new PlainLine("", 0, false);
        }
        if (isThematicBreak(line)
                || isTableRule(line)
                || LINK_DEFINITION.matcher(line).matches()) {
            return new PlainLine("", 0, false);
        }
        String rest = withoutBlockQuoteMarkers(line);
        rest = FOOTNOTE_DEFINITION.matcher(rest).replaceFirst("");
        Matcher heading = ATX_HEADING.matcher(rest);
        if (heading.matches()) {
            String headingText = heading.group(2) == null ? "" : heading.group(2);
            return new PlainLine(inline(headingText), heading.group(1).length(), false);
        }
        rest = BULLET.matcher(rest).replaceFirst("$1");
        return new PlainLine(inline(rest), 0, false);
    }

    /** "---", "* * *", "___": up to three spaces, then three or more of one of - * _ and nothing but spaces or tabs. */
    static boolean isThematicBreak(String line) {
        int i = 0;
        while (i < 3 && i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        if (i == line.length() || "-*_".indexOf(line.charAt(i)) < 0) {
            return false;
        }
        char mark = line.charAt(i);
        int marks = 0;
        for (; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == mark) {
                marks++;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return marks >= 3;
    }

    /** "| --- | :---: |": cells of three or more dashes (aligned with colons), at least one pipe after a cell. */
    static boolean isTableRule(String line) {
        String rest = line.strip();
        if (rest.startsWith("|")) {
            rest = rest.substring(1);
        }
        if (rest.indexOf('|') < 0) {
            return false;
        }
        if (rest.endsWith("|")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        for (String cell : rest.split("\\|", -1)) {
            if (!TABLE_CELL.matcher(cell).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The line without the "> " markers of (nested) block quotes that start it. */
    static String withoutBlockQuoteMarkers(String line) {
        int i = 0;
        while (i < 3 && i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        if (i == line.length() || line.charAt(i) != '>') {
            return line;
        }
        while (i < line.length() && line.charAt(i) == '>') {
            i++;
            if (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
        }
        return line.substring(i);
    }

    /** Inline markup removed; code spans keep their content untouched. */
    static String inline(String line) {
        StringBuilder out = new StringBuilder(line.length());
        Matcher code = CODE_SPAN.matcher(line);
        int from = 0;
        while (code.find()) {
            out.append(inlineOutsideCode(line.substring(from, code.start())));
            out.append(code.group(2).strip());
            from = code.end();
        }
        out.append(inlineOutsideCode(line.substring(from)));
        return out.toString();
    }

    private static String inlineOutsideCode(String text) {
        String out = HTML_COMMENT.matcher(text).replaceAll("");
        out = IMAGE.matcher(out).replaceAll("");
        out = LINK.matcher(out).replaceAll("$1");
        out = REFERENCE_LINK.matcher(out).replaceAll("$1");
        out = AUTOLINK.matcher(out).replaceAll("$1");
        out = FOOTNOTE_REFERENCE.matcher(out).replaceAll("");
        out = INLINE_HTML.matcher(out).replaceAll("");
        out = STRONG_STARS.matcher(out).replaceAll("$1");
        out = STRONG_UNDERSCORES.matcher(out).replaceAll("$1");
        out = EMPHASIS_STAR.matcher(out).replaceAll("$1");
        out = EMPHASIS_UNDERSCORE.matcher(out).replaceAll("$1");
        out = STRIKETHROUGH.matcher(out).replaceAll("$1");
        out = HARD_BREAK.matcher(out).replaceAll("");
        return ESCAPE.matcher(out).replaceAll("$1");
    }

    private static void chooseTitle(List<PlainLine> plain, DocumentParts parts) {
        if (parts.title != null && !parts.title.isBlank()) {
            // The body often repeats the front-matter title as its first heading: drop the repeat.
            for (int i = 0; i < plain.size(); i++) {
                PlainLine line = plain.get(i);
                if (!line.text().isBlank()) {
                    if (line.headingLevel() > 0 && sameText(line.text(), parts.title)) {
                        plain.set(i, line.drop());
                    }
                    return;
                }
            }
            return;
        }
        for (int i = 0; i < plain.size(); i++) {
            if (plain.get(i).headingLevel() == 1 && !plain.get(i).text().isBlank()) {
                parts.title = plain.get(i).text();
                plain.set(i, plain.get(i).drop());
                return;
            }
        }
        for (int i = 0; i < plain.size(); i++) {
            if (!BodyText.normalize(plain.get(i).text()).isEmpty()) {
                parts.title = plain.get(i).text();
                plain.set(i, plain.get(i).drop());
                return;
            }
        }
    }

    private static boolean sameText(String a, String b) {
        return DocumentParts.oneLine(a).equalsIgnoreCase(DocumentParts.oneLine(b));
    }
}
