package org.briefdesk.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.briefdesk.source.CitationKeys;
import org.jspecify.annotations.Nullable;

/**
 * Deterministic generated news sources for the search benchmark. The same seed gives the same
 * sources, word for word, on every machine: source {@code i} depends only on the seed and {@code i}.
 *
 * <ul>
 *   <li>Vocabulary: {@value #VOCABULARY_SIZE} words with Zipf frequencies (exponent 1): about 70
 *       function words at the top, then about 600 real news words (some pinned at known ranks, so
 *       that the query set has common, middling and rare words) mixed with pronounceable invented
 *       words; nouns appear in the plural a quarter of the time. Two-letter acronyms (EU, UN, US,
 *       UK) and longer ones sit at fixed ranks.
 *   <li>A long tail: each word is, with probability {@value #TAIL_PROBABILITY}, one of
 *       {@value #TAIL_SIZE} invented rare words instead, so a rare word occurs in only a few sources.
 *   <li>Phrases: about one sentence in fifty contains one of {@link #PHRASES}.
 *   <li>Titles of 6 to 14 words, bodies of 300 to 1,200 words (median about 520) in paragraphs of 3
 *       to 7 sentences; outlets from a list of 40 (some much bigger than others), 1 to 4 tags of 100,
 *       published dates over the five years 2021–2025, one or two authors or none, a grade, a URL.
 * </ul>
 */
final class SourceCorpus {

    static final long DEFAULT_SEED = 20261128L;
    static final int VOCABULARY_SIZE = 4000;
    static final int TAIL_SIZE = 20_000;
    static final double TAIL_PROBABILITY = 0.003;
    static final double PHRASE_PROBABILITY = 0.02;
    static final LocalDate FIRST_DATE = LocalDate.of(2021, 1, 1);
    static final LocalDate LAST_DATE = LocalDate.of(2025, 12, 31);

    /** Phrases, most frequent first. */
    static final List<String> PHRASES = List.of(
            "supply chain",
            "climate change",
            "interest rates",
            "security council",
            "free trade agreement",
            "prime minister",
            "central bank",
            "joint statement",
            "renewable energy",
            "ceasefire talks");

    private static final String FUNCTION_WORDS = """
            the of and to a in that is for on said it with as was by at be from has have are his an not but
            they this had which who were will would its their been or after more also than one about there we
            she all can up out could some when other into two over last them her if he new year what first
            three us
            """;

    /** News nouns: these appear in the plural now and then. */
    private static final String NOUNS = """
            agreement government minister ministry official country port harbour ship vessel navy coast supply
            trade tariff export import market price bank rate budget deficit loan debt investment investor
            company firm industry factory worker strike wage election vote voter party candidate campaign
            parliament senate court judge law bill policy reform tax subsidy pipeline gas oil energy grid plant
            reactor mine mineral metal steel chip semiconductor technology network satellite rocket drone
            missile weapon army soldier troop border region province city village island river dam bridge road
            railway airport flight airline route corridor canal strait sea ocean fleet cargo container shipment
            delivery contract deal treaty pact accord talk summit meeting conference delegation envoy ambassador
            embassy diplomat president leader spokesman spokeswoman analyst expert researcher report study
            survey figure estimate forecast recession currency dollar reserve fund donor grant project programme
            plan strategy goal target emission temperature drought flood storm wildfire harvest crop farmer
            grain fertiliser hospital doctor patient vaccine virus outbreak school student teacher university
            officer suspect arrest prison sentence protest protester crowd rally crisis conflict war ceasefire
            truce attack raid bomb casualty refugee migrant camp shelter sanction embargo penalty investigation
            inquiry audit scandal allegation lawsuit ruling verdict appeal regulator agency authority council
            committee commission board panel chamber cabinet coalition opposition majority seat district
            constituency poll referendum ballot result margin stake merger acquisition bid offer buyer seller
            consumer customer retailer shop sale revenue profit loss dividend shareholder executive chairman
            director manager employee job layoff shortage surplus output cost fee charge bond yield stock
            exchange broker risk threat warning alert intelligence cyberattack hacker breach platform user
            rule regulation standard licence permit zone site facility base terminal warehouse depot hub
            gateway cable tower station tunnel highway truck train vehicle battery charger turbine tanker
            ferry trawler patrol exercise drill deployment mission operation commander admiral captain crew
            sailor pilot aircraft jet helicopter radar sensor system arsenal stockpile warhead launch orbit
            hotel visa passport citizen resident community family child pension home building contractor
            engineer reef lagoon tug berth quay dock crane freight fisherman tourist dredging
            """;

    /** Other news words: verbs, adjectives, adverbs and uncountable nouns. */
    private static final String OTHER_WORDS = """
            announced agreed signed rejected approved proposed warned urged called expected planned raised cut
            increased fell rose reported confirmed denied launched opened closed reached held met visited told
            added noted argued claimed described suggested stressed insisted pledged promised vowed threatened
            blocked delayed suspended resumed extended renewed expanded reduced doubled eased tightened imposed
            lifted lowered boosted slowed recovered collapsed surged plunged dropped gained lost won secured
            ratified vetoed passed adopted amended repealed challenged criticised welcomed praised condemned
            accused detained injured displaced evacuated rescued damaged destroyed rebuilt restored completed
            started began continued remained moved shifted returned arrived departed sailed docked landed
            national international regional local federal foreign domestic economic political military naval
            maritime strategic commercial financial fiscal monetary public private senior former current recent
            major key main large small high low long short early late annual monthly weekly daily quarterly
            global western eastern northern southern coastal rural urban industrial agricultural environmental
            social legal illegal joint bilateral multilateral reciprocal mutual temporary permanent fresh
            further additional significant substantial sharp steady strong weak stable volatile uncertain
            likely possible unlikely critical serious severe urgent immediate direct total overall average
            rare common full partial final initial preliminary formal informal secret free fair independent
            neutral hostile peaceful violent armed civilian humanitarian diplomatic technical digital renewable
            clean green however meanwhile still already again now then later earlier recently currently nearly
            almost around roughly only just even sharply slightly largely mainly mostly partly fully quickly
            slowly soon today yesterday week month day monday tuesday wednesday thursday friday weekend
            inflation growth security defence infrastructure shipping fishing tourism housing construction
            transport aviation insurance research evidence information software privacy welfare employment
            unemployment corruption violence peace power water food health education justice oversight
            """;

    /** Query words and acronyms at fixed ranks (1 is the most frequent word). */
    private static final Map<String, Integer> PINNED_RANKS = Map.ofEntries(
            Map.entry("government", 70),
            Map.entry("minister", 85),
            Map.entry("US", 95),
            Map.entry("EU", 110),
            Map.entry("trade", 120),
            Map.entry("security", 140),
            Map.entry("agreement", 160),
            Map.entry("UN", 180),
            Map.entry("supply", 220),
            Map.entry("election", 260),
            Map.entry("port", 300),
            Map.entry("UK", 400),
            Map.entry("sanction", 500),
            Map.entry("NATO", 600),
            Map.entry("pipeline", 700),
            Map.entry("harbour", 900),
            Map.entry("IMF", 1100),
            Map.entry("tariff", 1200),
            Map.entry("drought", 1800),
            Map.entry("ASEAN", 2000),
            Map.entry("dredging", 3800));

    static final List<String> OUTLETS = List.of(
            "The Harbour Gazette",
            "Coastal Ledger",
            "Northern Courier",
            "The Meridian Post",
            "Eastern Daily Record",
            "The Capital Observer",
            "Strait Times Review",
            "The Continental",
            "Morning Dispatch",
            "The Evening Standardbearer",
            "Pacific Rim Monitor",
            "The Atlantic Wire",
            "Delta Herald",
            "Highland Chronicle",
            "The Port City Journal",
            "Riverside Tribune",
            "The Financial Compass",
            "Market Watchtower",
            "The Policy Review",
            "Global Affairs Weekly",
            "The Defence Bulletin",
            "Maritime Intelligence Digest",
            "Energy Transition Report",
            "The Trade Ledger",
            "Southern Cross Examiner",
            "The Western Sentinel",
            "Island Voice",
            "The Frontier Times",
            "Metro Evening News",
            "The Civic Reporter",
            "Agrarian Weekly",
            "The Science and Society Review",
            "Urban Planning Quarterly",
            "The Climate Desk",
            "Regional Wire Service",
            "The Parliamentary Record",
            "Shipping and Freight News",
            "The Open Register",
            "Borderlands Bulletin",
            "The Long Read");

    static final List<String> TAGS = List.of(
            "trade",
            "energy",
            "defence",
            "shipping",
            "climate",
            "elections",
            "finance",
            "diplomacy",
            "security",
            "agriculture",
            "health",
            "technology",
            "labour",
            "infrastructure",
            "migration",
            "fisheries",
            "mining",
            "aviation",
            "ports",
            "sanctions",
            "tariffs",
            "inflation",
            "currency",
            "banking",
            "insurance",
            "housing",
            "education",
            "justice",
            "corruption",
            "human-rights",
            "cyber",
            "space",
            "nuclear",
            "oil-and-gas",
            "renewables",
            "water",
            "food-security",
            "drought",
            "floods",
            "wildfires",
            "tourism",
            "transport",
            "rail",
            "roads",
            "telecoms",
            "semiconductors",
            "supply-chains",
            "industry",
            "budget",
            "taxation",
            "pensions",
            "welfare",
            "public-health",
            "vaccines",
            "conflict",
            "ceasefire",
            "refugees",
            "peacekeeping",
            "maritime",
            "naval-exercises",
            "arms-control",
            "intelligence",
            "summits",
            "treaties",
            "un",
            "eu",
            "nato",
            "asean",
            "g20",
            "africa",
            "asia",
            "europe",
            "latin-america",
            "middle-east",
            "north-america",
            "oceania",
            "arctic",
            "indian-ocean",
            "pacific",
            "atlantic",
            "mediterranean",
            "baltic",
            "black-sea",
            "south-china-sea",
            "red-sea",
            "gulf",
            "caribbean",
            "sahel",
            "horn-of-africa",
            "balkans",
            "caucasus",
            "central-asia",
            "south-asia",
            "southeast-asia",
            "east-asia",
            "andes",
            "amazon",
            "great-lakes",
            "alps",
            "islands");

    private static final List<String> FIRST_NAMES = List.of(
            "Aisha", "Ben", "Carla", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kavya", "Liam", "Mei",
            "Nikolai", "Olu", "Priya", "Quentin", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wen", "Ximena", "Yusuf",
            "Zara", "Anil", "Beatriz", "Chen", "Dara", "Emeka", "Fatima", "Gustavo", "Hana", "Ivan", "Julia", "Kwame",
            "Lucia", "Marek", "Nadia");

    private static final List<String> SURNAMES = List.of(
            "Singh",
            "Tanaka",
            "Okafor",
            "Müller",
            "Rossi",
            "García",
            "Kowalski",
            "Nguyen",
            "Haddad",
            "Silva",
            "Johansson",
            "O'Brien",
            "Kim",
            "Petrov",
            "Mensah",
            "Costa",
            "Dubois",
            "Fischer",
            "Gupta",
            "Hansen",
            "Ibrahim",
            "Jensen",
            "Khan",
            "Lopez",
            "Moreau",
            "Nakamura",
            "Oliveira",
            "Park",
            "Quispe",
            "Reyes",
            "Sato",
            "Tan",
            "Usman",
            "Vargas",
            "Wang",
            "Xu",
            "Yilmaz",
            "Zhang",
            "Abara",
            "Bauer",
            "Chowdhury",
            "Demir",
            "Eze",
            "Ferreira",
            "Grant",
            "Horvat",
            "Iyer",
            "Jovanović",
            "Kariuki",
            "Lindqvist",
            "Mbeki",
            "Novak",
            "Osei",
            "Pereira",
            "Qureshi",
            "Rahman",
            "Schmidt",
            "Takahashi",
            "Uddin",
            "Varga",
            "Walsh",
            "Yamamoto",
            "Zimmermann",
            "Achebe",
            "Bianchi",
            "Castillo",
            "Dimitrov",
            "Engel",
            "Fontaine",
            "Gallagher");

    private final long seed;
    private final String[] vocabulary;
    private final boolean[] pluralizable;
    private final double[] vocabularyCdf;
    private final String[] tail;
    private final double[] phraseCdf;
    private final double[] outletCdf;
    private final double[] tagCdf;
    private final double[] titleCdf;
    private final int functionWordCount;

    SourceCorpus(long seed) {
        this.seed = seed;
        SplittableRandom random = new SplittableRandom(seed);
        List<String> functionWords = words(FUNCTION_WORDS);
        Set<String> nouns = new HashSet<>(words(NOUNS));
        List<String> content = new ArrayList<>(new LinkedHashSet<>(words(NOUNS + " " + OTHER_WORDS)));
        content.removeAll(PINNED_RANKS.keySet());
        Set<String> taken = new HashSet<>();
        taken.addAll(functionWords);
        taken.addAll(content);
        taken.addAll(PINNED_RANKS.keySet().stream().map(String::toLowerCase).toList());
        while (content.size() + functionWords.size() + PINNED_RANKS.size() < VOCABULARY_SIZE) {
            content.add(inventWord(random, taken, 2 + random.nextInt(2)));
        }
        shuffle(content, random);
        vocabulary = new String[VOCABULARY_SIZE];
        for (var pinned : PINNED_RANKS.entrySet()) {
            vocabulary[pinned.getValue() - 1] = pinned.getKey();
        }
        int nextFunctionWord = 0;
        int nextContentWord = 0;
        for (int rank = 0; rank < VOCABULARY_SIZE; rank++) {
            if (vocabulary[rank] == null) {
                vocabulary[rank] = nextFunctionWord < functionWords.size()
                        ? functionWords.get(nextFunctionWord++)
                        : content.get(nextContentWord++);
            }
        }
        functionWordCount = functionWords.size();
        Set<String> distinct = new HashSet<>();
        for (String word : vocabulary) {
            if (!distinct.add(word)) {
                throw new IllegalStateException("The vocabulary has " + word + " twice");
            }
        }
        if (OUTLETS.size() != 40 || new HashSet<>(TAGS).size() != 100) {
            throw new IllegalStateException("40 outlets and 100 distinct tags expected");
        }
        pluralizable = new boolean[VOCABULARY_SIZE];
        for (int rank = 0; rank < VOCABULARY_SIZE; rank++) {
            pluralizable[rank] = nouns.contains(vocabulary[rank]);
        }
        tail = new String[TAIL_SIZE];
        for (int i = 0; i < TAIL_SIZE; i++) {
            tail[i] = inventWord(random, taken, 3 + random.nextInt(2));
        }
        vocabularyCdf = zipfCdf(VOCABULARY_SIZE, 1.0);
        titleCdf = zipfCdf(VOCABULARY_SIZE - functionWordCount, 0.9);
        phraseCdf = zipfCdf(PHRASES.size(), 1.0);
        outletCdf = zipfCdf(OUTLETS.size(), 0.8);
        tagCdf = zipfCdf(TAGS.size(), 0.8);
    }

    /** One generated source; {@code index} counts from 0. */
    record GeneratedSource(
            int index,
            String citationKey,
            String title,
            String outlet,
            @Nullable String authors,
            @Nullable String url,
            LocalDate publishedDate,
            @Nullable Character reliability,
            @Nullable Integer credibility,
            List<String> tags,
            String body,
            LocalDateTime capturedAt) {}

    /** The metadata of source {@code index}: everything but the body, which is much dearer to make. */
    record Metadata(
            String title,
            String outlet,
            @Nullable String authors,
            @Nullable String url,
            LocalDate publishedDate,
            @Nullable Character reliability,
            @Nullable Integer credibility,
            List<String> tags,
            LocalDateTime capturedAt) {}

    Metadata metadata(int index) {
        SplittableRandom random = new SplittableRandom(seed * 31 + 2L * index);
        String title = title(random);
        String outlet = OUTLETS.get(sample(outletCdf, random));
        double who = random.nextDouble();
        String authors = who < 0.15 ? null : who < 0.9 ? person(random) : person(random) + " and " + person(random);
        long days = LAST_DATE.toEpochDay() - FIRST_DATE.toEpochDay() + 1;
        LocalDate published = FIRST_DATE.plusDays(random.nextLong(days));
        Character reliability = null;
        Integer credibility = null;
        if (random.nextDouble() < 0.8) {
            reliability = "AABBBBCCCDEF".charAt(random.nextInt(12));
            credibility = 1 + random.nextInt(6);
        }
        Set<String> tags = new LinkedHashSet<>();
        int tagCount = 1 + random.nextInt(4);
        while (tags.size() < tagCount) {
            tags.add(TAGS.get(sample(tagCdf, random)));
        }
        String url = random.nextDouble() < 0.9
                ? "https://www." + CitationKeys.slug(outlet) + ".example/" + published.getYear() + "/"
                        + String.format("%02d", published.getMonthValue()) + "/"
                        + CitationKeys.slug(
                                String.join(" ", Arrays.asList(title.split(" ")).subList(0, 5)))
                        + "-" + (1000 + index)
                        + (random.nextDouble() < 0.2 ? "/?utm_source=newsletter" : "")
                : null;
        LocalDateTime captured = published
                .atStartOfDay()
                .plusHours(6 + random.nextInt(72))
                .plusMinutes(random.nextInt(60))
                .plusSeconds(random.nextInt(60));
        return new Metadata(
                title, outlet, authors, url, published, reliability, credibility, List.copyOf(tags), captured);
    }

    /** The body of source {@code index}: paragraphs separated by a blank line. */
    String body(int index) {
        SplittableRandom random = new SplittableRandom(seed * 31 + 2L * index + 1);
        double u = random.nextDouble();
        int length = 300 + (int) (900 * u * u);
        StringBuilder body = new StringBuilder(length * 8);
        int words = 0;
        while (words < length) {
            if (!body.isEmpty()) {
                body.append("\n\n");
            }
            int sentences = 3 + random.nextInt(5);
            for (int s = 0; s < sentences && words < length; s++) {
                if (s > 0) {
                    body.append(' ');
                }
                words += sentence(random, body, Math.min(length - words, 8 + random.nextInt(21)));
            }
        }
        return body.toString();
    }

    private int sentence(SplittableRandom random, StringBuilder out, int wordCount) {
        int phraseAt = random.nextDouble() < PHRASE_PROBABILITY ? random.nextInt(Math.max(1, wordCount - 2)) : -1;
        int written = 0;
        for (int w = 0; w < wordCount; w++) {
            String word = w == phraseAt ? PHRASES.get(sample(phraseCdf, random)) : word(random);
            if (w == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            } else {
                out.append(' ');
            }
            out.append(word);
            written += w == phraseAt ? word.split(" ").length : 1;
            if (w < wordCount - 1 && random.nextDouble() < 0.06) {
                out.append(',');
            }
        }
        out.append('.');
        return written;
    }

    private String word(SplittableRandom random) {
        if (random.nextDouble() < TAIL_PROBABILITY) {
            return tail[random.nextInt(TAIL_SIZE)];
        }
        int rank = sample(vocabularyCdf, random);
        String word = vocabulary[rank];
        return pluralizable[rank] && random.nextDouble() < 0.25 ? plural(word) : word;
    }

    private String title(SplittableRandom random) {
        int length = 6 + random.nextInt(9);
        List<String> words = new ArrayList<>(length);
        while (words.size() < length) {
            if (!words.isEmpty() && random.nextDouble() < 0.2) {
                words.add(vocabulary[random.nextInt(15)]);
            } else if (random.nextDouble() < 0.04) {
                words.add(PHRASES.get(sample(phraseCdf, random)));
            } else {
                int rank = functionWordCount + sample(titleCdf, random);
                words.add(
                        pluralizable[rank] && random.nextDouble() < 0.3 ? plural(vocabulary[rank]) : vocabulary[rank]);
            }
        }
        String title = String.join(" ", words);
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    private static String person(SplittableRandom random) {
        return FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())) + " "
                + SURNAMES.get(random.nextInt(SURNAMES.size()));
    }

    /** The word of the given frequency rank, 1 being the most frequent. */
    String wordOfRank(int rank) {
        return vocabulary[rank - 1];
    }

    /** One of the rare words of the long tail. */
    String tailWord(int index) {
        return tail[index];
    }

    static String plural(String noun) {
        if (noun.endsWith("y") && !noun.endsWith("ay") && !noun.endsWith("ey") && !noun.endsWith("oy")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
            return noun + "es";
        }
        return noun + "s";
    }

    /**
     * Unique citation keys in the application's shape ({@code outlet-or-author-year-word}, then
     * {@code -2}, {@code -3}, … on a collision), assigned in index order.
     */
    static final class KeyAssigner {
        private final Map<String, Integer> lastSuffix = new HashMap<>();
        private final Set<String> used = new HashSet<>();

        String next(Metadata metadata) {
            String base = CitationKeys.base(
                    metadata.authors(),
                    metadata.outlet(),
                    metadata.publishedDate().getYear(),
                    metadata.title());
            int n = lastSuffix.getOrDefault(base, 0);
            String key;
            do {
                key = CitationKeys.candidate(base, ++n);
            } while (!used.add(key));
            lastSuffix.put(base, n);
            return key;
        }
    }

    private static String inventWord(SplittableRandom random, Set<String> taken, int syllables) {
        String[] onsets = {
            "b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "cr", "dr", "gr",
            "pr", "tr", "st", "sk", "sl", "ch", "sh", "th"
        };
        String[] vowels = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "io"};
        String[] codas = {"", "", "", "n", "r", "s", "l", "m", "t", "nd", "rk", "st"};
        while (true) {
            StringBuilder word = new StringBuilder();
            for (int s = 0; s < syllables; s++) {
                word.append(onsets[random.nextInt(onsets.length)]).append(vowels[random.nextInt(vowels.length)]);
                if (s == syllables - 1 || random.nextInt(3) == 0) {
                    word.append(codas[random.nextInt(codas.length)]);
                }
            }
            String candidate = word.toString();
            if (candidate.length() >= 4 && taken.add(candidate)) {
                return candidate;
            }
        }
    }

    private static double[] zipfCdf(int size, double exponent) {
        double[] cdf = new double[size];
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += 1 / Math.pow(i + 1, exponent);
            cdf[i] = sum;
        }
        for (int i = 0; i < size; i++) {
            cdf[i] /= sum;
        }
        return cdf;
    }

    private static int sample(double[] cdf, SplittableRandom random) {
        int found = Arrays.binarySearch(cdf, random.nextDouble());
        return Math.min(found >= 0 ? found : -found - 1, cdf.length - 1);
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).toList();
    }
}
