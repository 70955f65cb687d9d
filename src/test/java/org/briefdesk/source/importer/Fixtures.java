package org.briefdesk.source.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Fixture files and archives built on the fly for the importer tests. */
final class Fixtures {

    private Fixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/importer/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A zip of the given entries in order; a name ending in "/" is a folder. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Map<String, byte[]> entries(Object... namesAndContents) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            Object content = namesAndContents[i + 1];
            entries.put((String) namesAndContents[i], content instanceof byte[] bytes ? bytes : utf8((String) content));
        }
        return entries;
    }

    static byte[] article(String title, String body) {
        return utf8(title + "\n" + body + "\n");
    }

    static ImportedDocument onlyDocument(List<FileResult> results) {
        assertThat(results).hasSize(1);
        FileResult result = results.getFirst();
        assertThat(result.refusal()).as("refusal of %s", result.fileName()).isNull();
        assertThat(result.document()).isNotNull();
        return result.document();
    }

    static String onlyRefusal(List<FileResult> results) {
        assertThat(results).hasSize(1);
        FileResult result = results.getFirst();
        assertThat(result.isRefused()).as("%s is refused", result.fileName()).isTrue();
        assertThat(result.refusal()).isNotNull();
        return result.refusal();
    }
}
