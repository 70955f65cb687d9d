package org.briefdesk.source.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ImportUploadHandlerTest {

    /** Endless zeros, never held in memory: counts what was read of it. */
    private static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            read += length;
            return length;
        }
    }

    @Test
    void a_stream_past_the_limit_is_refused_after_reading_at_most_one_chunk_more_than_the_limit() throws IOException {
        Endless twoHundredMegabytesAndMore = new Endless();

        assertThat(ImportUploadHandler.readAtMost(twoHundredMegabytesAndMore, 10_000_000))
                .isEmpty();
        assertThat(twoHundredMegabytesAndMore.read).isBetween(10_000_001L, 10_000_001L + 64 * 1024);
    }

    @Test
    void a_file_of_exactly_the_limit_is_read_whole_and_one_byte_more_is_refused() throws IOException {
        assertThat(ImportUploadHandler.readAtMost(new ByteArrayInputStream(new byte[1000]), 1000))
                .hasValueSatisfying(bytes -> assertThat(bytes).hasSize(1000));
        assertThat(ImportUploadHandler.readAtMost(new ByteArrayInputStream(new byte[1001]), 1000))
                .isEmpty();
        assertThat(ImportUploadHandler.readAtMost(new ByteArrayInputStream(new byte[0]), 1000))
                .hasValueSatisfying(bytes -> assertThat(bytes).isEmpty());
    }
}
