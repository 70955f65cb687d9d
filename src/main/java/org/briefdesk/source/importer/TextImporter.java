package org.briefdesk.source.importer;

import java.util.Arrays;

/**
 * Plain text in the convention of {@code ../shared/samples/}: the first non-blank line is the
 * title, the rest is the body.
 */
final class TextImporter {

    private TextImporter() {}

    static ImportedDocument read(String fileName, String text) throws ImportRefusedException {
        DocumentParts parts = new DocumentParts(fileName);
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        int titleLine = 0;
        while (titleLine < lines.length && BodyText.normalize(lines[titleLine]).isEmpty()) {
            titleLine++;
        }
        if (titleLine == lines.length) {
            throw new ImportRefusedException("The file is empty.");
        }
        parts.title = lines[titleLine];
        parts.body = String.join("\n", Arrays.asList(lines).subList(titleLine + 1, lines.length));
        return parts.finish("The file has no title: its first line that is not blank is used as the title.");
    }
}
