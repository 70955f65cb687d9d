package org.briefdesk.bench;

import java.time.LocalDate;
import java.util.List;
import org.briefdesk.source.SourceQuery;
import org.jspecify.annotations.Nullable;

/** The fixed query set of the search benchmark, grouped in kinds for the report. */
final class BenchQueries {

    /** One query of the set; {@code label} is how the report shows it. */
    record BenchQuery(int number, String kind, SourceQuery query) {

        String label() {
            StringBuilder label = new StringBuilder();
            label.append(query.text() == null ? "(no words)" : query.text());
            if (query.outlet() != null) {
                label.append("; outlet ").append(query.outlet());
            }
            if (query.tag() != null) {
                label.append("; tag ").append(query.tag());
            }
            if (query.publishedFrom() != null) {
                label.append("; from ").append(query.publishedFrom());
            }
            if (query.publishedTo() != null) {
                label.append("; to ").append(query.publishedTo());
            }
            return label.toString();
        }
    }

    static final String SINGLE = "single word";
    static final String COMMON = "common word";
    static final String RARE = "rare word";
    static final String TWO_WORDS = "two or more words";
    static final String PLURAL = "stemmed plural";
    static final String PHRASE = "quoted phrase";
    static final String TWO_LETTER = "two-letter term";
    static final String OUTLET = "outlet filter";
    static final String DATES = "date range";
    static final String TAG = "tag filter";
    static final String COMBINED = "words and all filters";
    static final String NO_WORDS = "no words (newest first)";

    static final List<String> KINDS = List.of(
            SINGLE, COMMON, RARE, TWO_WORDS, PLURAL, PHRASE, TWO_LETTER, OUTLET, DATES, TAG, COMBINED, NO_WORDS);

    private BenchQueries() {}

    static List<BenchQuery> of(SourceCorpus corpus) {
        var queries = new java.util.ArrayList<BenchQuery>();
        Adder add = (kind, text, outlet, tag, from, to) ->
                queries.add(new BenchQuery(queries.size() + 1, kind, new SourceQuery(text, outlet, tag, from, to)));

        add.text(SINGLE, "minister");
        add.text(SINGLE, "pipeline");
        add.text(SINGLE, "harbour");
        add.text(SINGLE, "tariff");
        add.text(SINGLE, "drought");
        add.text(SINGLE, corpus.wordOfRank(2500));
        add.text(COMMON, "government");
        add.text(COMMON, "said");
        add.text(RARE, "dredging");
        add.text(RARE, corpus.tailWord(4242));
        add.text(RARE, corpus.tailWord(17_001) + " harbour");
        add.text(TWO_WORDS, "supply agreement");
        add.text(TWO_WORDS, "trade minister");
        add.text(TWO_WORDS, "port security");
        add.text(TWO_WORDS, "harbour dredging");
        add.text(TWO_WORDS, "government minister announced new trade agreement");
        add.text(PLURAL, "agreements");
        add.text(PLURAL, "elections");
        add.text(PLURAL, "sanctions tariffs");
        add.text(PHRASE, "\"supply chain\"");
        add.text(PHRASE, "\"free trade agreement\"");
        add.text(PHRASE, "\"ceasefire talks\"");
        add.text(PHRASE, "\"central bank\" inflation");
        add.text(TWO_LETTER, "EU");
        add.text(TWO_LETTER, "UN");
        add.text(TWO_LETTER, "US");
        add.text(TWO_LETTER, "EU sanctions");
        add.add(OUTLET, "harbour", "The Harbour Gazette", null, null, null);
        add.add(OUTLET, "agreement", "The Long Read", null, null, null);
        add.add(OUTLET, null, "Coastal Ledger", null, null, null);
        add.add(DATES, "pipeline", null, null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30));
        add.add(DATES, "EU", null, null, LocalDate.of(2025, 1, 1), null);
        add.add(DATES, null, null, null, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31));
        add.add(TAG, "drought", null, "agriculture", null, null);
        add.add(TAG, "EU", null, "eu", null, null);
        add.add(TAG, null, null, "shipping", null, null);
        add.add(
                COMBINED,
                "supply",
                "The Harbour Gazette",
                "trade",
                LocalDate.of(2023, 1, 1),
                LocalDate.of(2024, 12, 31));
        add.add(NO_WORDS, null, null, null, null, null);
        return List.copyOf(queries);
    }

    @FunctionalInterface
    private interface Adder {
        void add(
                String kind,
                @Nullable String text,
                @Nullable String outlet,
                @Nullable String tag,
                @Nullable LocalDate from,
                @Nullable LocalDate to);

        default void text(String kind, String text) {
            add(kind, text, null, null, null, null);
        }
    }
}
