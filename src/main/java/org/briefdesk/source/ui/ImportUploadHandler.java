package org.briefdesk.source.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Receives one uploaded file for the import, holding at most the import's file limit of it in
 * memory: the bytes are counted as they arrive, and a file that passes the limit is refused at once,
 * reading no further (issue #20). The browser's own limit is only a courtesy; this one holds whatever
 * a client sends, with or without a Content-Length.
 */
class ImportUploadHandler implements UploadHandler {

    private static final int CHUNK = 64 * 1024;

    private final long maxBytes;
    private final BiConsumer<String, byte[]> received;
    private final Consumer<String> tooLarge;

    /**
     * @param received given the file's name and its bytes, once the whole file is in
     * @param tooLarge given the file's name when it passed {@code maxBytes}; nothing else happens
     */
    ImportUploadHandler(long maxBytes, BiConsumer<String, byte[]> received, Consumer<String> tooLarge) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.tooLarge = tooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String name = event.getFileName();
        Optional<byte[]> content =
                event.getFileSize() > maxBytes ? Optional.empty() : readAtMost(event.getInputStream(), maxBytes);
        if (content.isEmpty()) {
            event.reject("The file is larger than the import limit.");
            tooLarge.accept(name);
            return;
        }
        received.accept(name, content.get());
    }

    /** The stream's bytes, or empty as soon as there are more than {@code maxBytes} of them. */
    static Optional<byte[]> readAtMost(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[CHUNK];
        long total = 0;
        int read;
        while ((read = in.read(buffer, 0, (int) Math.min(buffer.length, maxBytes - total + 1))) != -1) {
            total += read;
            if (total > maxBytes) {
                return Optional.empty();
            }
            out.write(buffer, 0, read);
        }
        return Optional.of(out.toByteArray());
    }
}
