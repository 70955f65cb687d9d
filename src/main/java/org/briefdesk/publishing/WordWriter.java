package org.briefdesk.publishing;

import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Writes an edition's HTML (sanitized at publication: paragraphs, headings, lists, tables, quotes,
 * emphasis, links, citation numbers) as Word paragraphs, runs and tables. Formatting the HTML
 * cannot carry is left out; no text is.
 */
final class WordWriter {

    /** How a run looks: what the enclosing elements asked for. */
    private record Look(boolean bold, boolean italic, boolean superscript, boolean code, boolean link, int size) {

        static final Look PLAIN = new Look(false, false, false, false, false, 0);

        Look with(String tag) {
            return switch (tag) {
                case "b", "strong" -> new Look(true, italic, superscript, code, link, size);
                case "i", "em" -> new Look(bold, true, superscript, code, link, size);
                case "sup" -> new Look(bold, italic, true, code, link, size);
                case "code", "kbd" -> new Look(bold, italic, superscript, true, link, size);
                case "a" -> new Look(bold, italic, superscript, code, true, size);
                default -> this;
            };
        }
    }

    private final XWPFDocument word;

    WordWriter(XWPFDocument word) {
        this.word = word;
    }

    void write(Element body) {
        for (Element child : body.children()) {
            block(child, 0);
        }
    }

    private void block(Element element, int indent) {
        switch (element.tagName()) {
            case "div", "section", "article", "header", "footer", "main", "aside", "figure" -> {
                for (Element child : element.children()) {
                    block(child, indent);
                }
                if (element.children().isEmpty() && element.hasText()) {
                    paragraph(element, Look.PLAIN, indent, "");
                }
            }
            case "h1" -> paragraph(element, new Look(true, false, false, false, false, 18), indent, "");
            case "h2" -> paragraph(element, new Look(true, false, false, false, false, 14), indent, "");
            case "h3", "h4", "h5", "h6" ->
                paragraph(element, new Look(true, false, false, false, false, 12), indent, "");
            case "ul", "ol" -> list(element, indent);
            case "table" -> table(element);
            case "blockquote" -> {
                for (Element child : element.children()) {
                    block(child, indent + 1);
                }
            }
            case "pre" -> paragraph(element, Look.PLAIN.with("code"), indent, "");
            case "hr", "style", "script" -> {}
            default -> paragraph(element, Look.PLAIN, indent, "");
        }
    }

    private void list(Element list, int indent) {
        int number = 1;
        for (Element item : list.children()) {
            String mark = list.tagName().equals("ol") ? number++ + ". " : "• ";
            Elements blocks = item.children().select("> p, > ul, > ol");
            if (blocks.isEmpty()) {
                paragraph(item, Look.PLAIN, indent + 1, mark);
                continue;
            }
            for (Element child : item.children()) {
                if (child.tagName().equals("ul") || child.tagName().equals("ol")) {
                    list(child, indent + 1);
                } else {
                    paragraph(child, Look.PLAIN, indent + 1, mark);
                    mark = "";
                }
            }
        }
    }

    private void table(Element table) {
        Elements rows = table.select("tr");
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.stream()
                .mapToInt(row -> row.select("> th, > td").size())
                .max()
                .orElse(1);
        XWPFTable out = word.createTable(rows.size(), Math.max(1, columns));
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = out.getRow(r);
            Elements cells = rows.get(r).select("> th, > td");
            for (int c = 0; c < cells.size(); c++) {
                XWPFParagraph cell = row.getCell(c).getParagraphs().getFirst();
                Look look = cells.get(c).tagName().equals("th") ? Look.PLAIN.with("b") : Look.PLAIN;
                for (Node node : cells.get(c).childNodes()) {
                    inline(cell, node, look);
                }
            }
        }
    }

    private void paragraph(Element element, Look look, int indent, String mark) {
        XWPFParagraph paragraph = word.createParagraph();
        if (indent > 0) {
            paragraph.setIndentationLeft(indent * 360);
        }
        if (!mark.isEmpty()) {
            run(paragraph, mark, look);
        }
        for (Node node : element.childNodes()) {
            inline(paragraph, node, look);
        }
    }

    private void inline(XWPFParagraph paragraph, Node node, Look look) {
        if (node instanceof TextNode text) {
            if (!text.isBlank() || !text.getWholeText().isEmpty()) {
                run(paragraph, text.getWholeText().replaceAll("\\s+", " "), look);
            }
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        if (element.tagName().equals("br")) {
            paragraph.createRun().addBreak();
            return;
        }
        Look inner = look.with(element.tagName());
        for (Node child : element.childNodes()) {
            inline(paragraph, child, inner);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, Look look) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(look.bold());
        run.setItalic(look.italic());
        if (look.superscript()) {
            run.setSubscript(VerticalAlign.SUPERSCRIPT);
        }
        if (look.code()) {
            run.setFontFamily("Courier New");
        }
        if (look.link()) {
            run.setColor("1A4F8B");
        }
        if (look.size() > 0) {
            run.setFontSize(look.size());
        }
    }
}
