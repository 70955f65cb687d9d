package org.briefdesk.source.importer;

import java.util.Locale;

/** Byte counts written for people: "2.4 MB", "640 kB", "812 bytes" (decimal units). */
public final class Sizes {

    private Sizes() {}

    /**
     * "2.4 MB; the limit is 2 MB", with exact byte counts when rounding would make the size look
     * no larger than the limit.
     */
    static String overLimit(long size, long limit) {
        String shownSize = format(size);
        String shownLimit = format(limit);
        if (shownSize.equals(shownLimit)) {
            shownSize = String.format(Locale.ROOT, "%,d bytes", size);
            shownLimit = String.format(Locale.ROOT, "%,d bytes", limit);
        }
        return shownSize + "; the limit is " + shownLimit;
    }

    public static String format(long bytes) {
        if (bytes < 1_000) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 1_000_000) {
            return decimal(bytes / 1_000.0) + " kB";
        }
        return decimal(bytes / 1_000_000.0) + " MB";
    }

    private static String decimal(double value) {
        String shown = String.format(Locale.ROOT, "%.1f", value);
        return shown.endsWith(".0") ? shown.substring(0, shown.length() - 2) : shown;
    }
}
