package org.briefdesk.source.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Publication dates as reference formats write them, a missing month or day read as the first:
 * ISO dates and their BibLaTeX ranges ({@code 2025-03-01/2025-03-05} is its start), RIS's
 * {@code 2025/03/01/}, and BibTeX's year with a month by number or name.
 */
final class ReferenceDates {

    /** 2025, 2025-03, 2025-03-01, 2025/03/01/, 2025/03//; anything after is ignored. */
    private static final Pattern DATE = Pattern.compile("^\\s*(\\d{4})(?:[-/](\\d{1,2})?(?:[-/](\\d{1,2}))?)?");

    private ReferenceDates() {}

    /** A BibLaTeX {@code date}, a RIS {@code DA}, {@code PY} or {@code Y1}; null for none or nonsense. */
    static @Nullable LocalDate parse(@Nullable String date) {
        if (date == null) {
            return null;
        }
        Matcher matcher = DATE.matcher(date);
        if (!matcher.find()) {
            return null;
        }
        return of(matcher.group(1), matcher.group(2), matcher.group(3));
    }

    /** A BibTeX {@code year} and {@code month} ("3", "mar", "March", as the month macros print it). */
    static @Nullable LocalDate yearMonth(@Nullable String year, @Nullable String month) {
        if (year == null || !year.strip().matches("\\d{4}")) {
            return null;
        }
        String number = month == null ? null : monthNumber(month.strip());
        return of(year.strip(), number, null);
    }

    private static @Nullable String monthNumber(String month) {
        if (month.matches("\\d{1,2}")) {
            return month;
        }
        for (Month candidate : Month.values()) {
            String name = candidate.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            if (month.length() >= 3 && name.toLowerCase(Locale.ROOT).startsWith(month.toLowerCase(Locale.ROOT))) {
                return Integer.toString(candidate.getValue());
            }
        }
        return null;
    }

    private static @Nullable LocalDate of(String year, @Nullable String month, @Nullable String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), number(month), number(day));
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    private static int number(@Nullable String part) {
        return part == null || part.isEmpty() ? 1 : Math.max(1, Integer.parseInt(part));
    }
}
