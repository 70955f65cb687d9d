package org.briefdesk.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.BriefingWorkflowService;
import org.briefdesk.marking.Tlp;
import org.briefdesk.source.CitationKeys;
import org.briefdesk.source.SourceDetails;
import org.briefdesk.source.SourceService;
import org.briefdesk.tradecraft.Confidence;
import org.briefdesk.tradecraft.KeyJudgment;
import org.briefdesk.tradecraft.Yardstick;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo profile's briefings, one in each interesting state: alice's public analysis published
 * by erin in two editions, bob's internal note published once, alice's assessment waiting for
 * erin's review, and bob's draft. They are written, reviewed and published through the real
 * services as those users, after the demo users and sources exist, and only while no briefing
 * exists at all. The texts ({@code demo/briefings/*.md}) cite the demo sources with quotations the
 * checks verify.
 */
@Component
@Profile("demo")
@Order(20)
class DemoBriefings implements ApplicationRunner {

    static final String ALICE = "alice";
    static final String BOB = "bob";
    static final String ERIN = "erin";

    static final String ARTICLE_7_TITLE = "Keleva Strait: one article, two readings";
    static final String PORT_CALLS_TITLE = "Calvera port calls: what the numbers say";
    static final String SECRET_ANNEX_TITLE = "The 'secret annex' claim: what the evidence supports";
    static final String WHO_PAYS_TITLE = "Who pays for the Keleva patrols?";

    private static final Logger log = LoggerFactory.getLogger(DemoBriefings.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z0-9]+)}}");

    /** A demo source as the texts name it: the key it gets on import, before any collision suffix, and its title. */
    private record DemoSource(String baseKey, String title) {}

    private static final Map<String, DemoSource> SOURCES = Map.of(
            "requirements",
            new DemoSource(
                    "raman-2025-guarding",
                    "Guarding the Keleva Corridor: What a Joint Patrol Agreement Would Have to Solve"),
            "fishermen",
            new DemoSource("etxeberria-2025-calvera", "Calvera Fishermen Fear Being Squeezed by Strait Patrol Plan"),
            "signed",
            new DemoSource(
                    "varga-2025-osterra", "Osterra and Valmaris Sign Keleva Strait Patrol and Port Access Agreement"),
            "ministry",
            new DemoSource(
                    "ministry-2025-republic",
                    "Republic of Osterra and Kingdom of Valmaris Sign Landmark Keleva Strait Security Agreement"),
            "patrolboats",
            new DemoSource(
                    "etxeberria-2025-osterran", "Osterran Patrol Boats Become a Familiar Sight in Calvera Harbour"),
            "annex",
            new DemoSource(
                    "pembrook-2025-secret", "Secret Annex Lets Osterra Take Over Valmaran Ports, Insiders Claim"),
            "boarding",
            new DemoSource(
                    "ekberg-2025-valmaris", "Valmaris Suspends Port Access for Osterran Vessels After Tanker Boarding"),
            "article7",
            new DemoSource("holmgren-2025-reading", "Reading Article 7: Why the Keleva Agreement Is Fraying"),
            "envoy",
            new DemoSource(
                    "dahl-2025-un", "UN Names Envoy as EU and US Press Osterra and Valmaris to Save Strait Deal"),
            "geneva",
            new DemoSource(
                    "varga-2025-osterra",
                    "Osterra and Valmaris Agree Interim Protocol, but Differ on What It Restores"));

    private final BriefingService briefings;
    private final BriefingWorkflowService workflow;
    private final SourceService sources;
    private final DemoActor actor;

    DemoBriefings(BriefingService briefings, BriefingWorkflowService workflow, SourceService sources, DemoActor actor) {
        this.briefings = briefings;
        this.workflow = workflow;
        this.sources = sources;
        this.actor = actor;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Editors see every briefing: any at all means the demo was set up before, or is in real use.
        if (!actor.as(ERIN, briefings::list).isEmpty()) {
            return;
        }
        Map<String, String> keys = new LinkedHashMap<>();
        for (var entry : SOURCES.entrySet()) {
            Optional<String> key = actor.as(ALICE, () -> keyOf(entry.getValue()));
            if (key.isEmpty()) {
                log.warn(
                        "Demo briefings not added: the demo source “{}” is not in the library.",
                        entry.getValue().title());
                return;
            }
            keys.put(entry.getKey(), key.get());
        }
        try {
            article7(keys);
            portCalls(keys);
            secretAnnex(keys);
            whoPays(keys);
            log.info("Demo briefings added.");
        } catch (ActionRefusedException refused) {
            log.warn("Demo briefings incomplete: {}", refused.getMessage());
        }
    }

    /**
     * Alice's public analysis, TLP:CLEAR: published by erin with two key judgments, revised after
     * Geneva (one judgment surer, the other more likely) and published again as edition 2.
     */
    private void article7(Map<String, String> keys) {
        KeyJudgment readings = KeyJudgment.create(
                "Osterra and Valmaris will keep reading Article 7 in opposite ways until a protocol defines what an"
                        + " inspection is [@" + keys.get("article7") + "; @" + keys.get("boarding") + "].",
                "likely",
                Confidence.MODERATE);
        KeyJudgment access = KeyJudgment.create(
                "Valmaris will restore port access for Osterran vessels before the end of the year [@"
                        + keys.get("boarding") + "].",
                "unlikely",
                Confidence.LOW);
        long id = create(
                ALICE,
                new BriefingDraft(
                                ARTICLE_7_TITLE,
                                "The August 9 boarding of the Stella Marenne split the Keleva patrol agreement along the"
                                        + " line its Article 7 never drew: what was signed, what happened that night, and"
                                        + " why both governments could claim to be right.",
                                text("article-7-edition-1.md", keys),
                                Audience.PUBLIC,
                                Set.of("keleva-strait", "analysis", "article-7"),
                                Set.of())
                        .withTradecraft(Tlp.CLEAR, Yardstick.ICD_203, List.of(readings, access)));
        actor.as(ALICE, () -> workflow.submit(id, ERIN));
        actor.as(ERIN, () -> workflow.approve(id));
        actor.as(ERIN, () -> workflow.publish(id));

        actor.as(ALICE, () -> workflow.revise(id));
        actor.as(ALICE, () -> {
            BriefingDetails current = briefings.get(id).orElseThrow();
            return briefings.save(
                    id,
                    current.currentRevisionId(),
                    new BriefingDraft(
                                    ARTICLE_7_TITLE,
                                    "The August 9 boarding of the Stella Marenne split the Keleva patrol agreement along"
                                            + " the line its Article 7 never drew. The Geneva interim protocol of October 21"
                                            + " settles the article; port access is the new quarrel.",
                                    text("article-7-edition-2.md", keys),
                                    Audience.PUBLIC,
                                    Set.copyOf(current.tags()),
                                    Set.of())
                            .withTradecraft(
                                    Tlp.CLEAR,
                                    Yardstick.ICD_203,
                                    List.of(
                                            readings.withConfidence(Confidence.HIGH)
                                                    .withText("Osterra and Valmaris will keep reading Article 7 in"
                                                            + " opposite ways until the Geneva protocol's working"
                                                            + " group defines what an inspection is [@"
                                                            + keys.get("article7") + "; @" + keys.get("geneva")
                                                            + "]."),
                                            access.withLikelihood("roughly even chance")
                                                    .withText("Valmaris will restore port access for Osterran"
                                                            + " vessels before the end of the year [@"
                                                            + keys.get("geneva") + "; @" + keys.get("envoy")
                                                            + "]."))),
                    "Edition 2: the Geneva interim protocol",
                    false);
        });
        actor.as(ALICE, () -> workflow.submit(id, ERIN));
        actor.as(ERIN, () -> workflow.approve(id));
        actor.as(
                ERIN,
                () -> workflow.publish(
                        id,
                        "The Geneva interim protocol settles how Article 7 is read until its working group reports,"
                                + " and both governments now say port access is under discussion."));
    }

    /** Bob's internal note for the desk, TLP:GREEN, published once. */
    private void portCalls(Map<String, String> keys) {
        long id = create(
                BOB,
                new BriefingDraft(
                                PORT_CALLS_TITLE,
                                "Nine Osterran port calls in Calvera in two weeks against a ceiling of six a month: how"
                                        + " they were counted, and what the desk should and should not say.",
                                text("port-calls.md", keys),
                                Audience.INTERNAL,
                                Set.of("keleva-strait", "calvera", "port-access"),
                                Set.of())
                        .withTradecraft(
                                Tlp.GREEN,
                                Yardstick.ICD_203,
                                List.of(KeyJudgment.create(
                                        "Osterran port calls in Calvera will stay above the ceiling of six a month"
                                                + " while the patrols continue [@" + keys.get("patrolboats") + "; @"
                                                + keys.get("fishermen") + "].",
                                        "likely",
                                        Confidence.MODERATE))));
        actor.as(BOB, () -> workflow.submit(id, null));
        actor.as(ERIN, () -> workflow.approve(id));
        actor.as(ERIN, () -> workflow.publish(id));
    }

    /**
     * Alice's source assessment, submitted to erin and waiting for her review; its judgment rests on
     * one poorly graded source, which the checks point out.
     */
    private void secretAnnex(Map<String, String> keys) {
        long id = create(
                ALICE,
                new BriefingDraft(
                                SECRET_ANNEX_TITLE,
                                "The Daily Beacon's “Annex C” story rests on anonymous sources; what we can check"
                                        + " speaks against it.",
                                text("secret-annex.md", keys),
                                Audience.INTERNAL,
                                Set.of("keleva-strait", "source-check"),
                                Set.of())
                        .withTradecraft(
                                Tlp.GREEN,
                                Yardstick.ICD_203,
                                List.of(KeyJudgment.create(
                                        "A secret annex giving Osterra control of Valmaran ports exists [@"
                                                + keys.get("annex") + "].",
                                        "very unlikely",
                                        Confidence.MODERATE))));
        actor.as(ALICE, () -> workflow.submit(id, ERIN));
    }

    /** Bob's working notes, still a draft. */
    private void whoPays(Map<String, String> keys) {
        create(
                BOB,
                new BriefingDraft(
                        WHO_PAYS_TITLE,
                        null,
                        text("who-pays.md", keys),
                        Audience.INTERNAL,
                        Set.of("keleva-strait", "budget"),
                        Set.of()));
    }

    private long create(String author, BriefingDraft draft) {
        return actor.as(author, () -> briefings.create(draft).id());
    }

    /** The key the demo source got on import: its base key, or the first free one after it, with its title. */
    private Optional<String> keyOf(DemoSource source) {
        for (int n = 1; n <= 20; n++) {
            Optional<SourceDetails> found = sources.findByKey(CitationKeys.candidate(source.baseKey(), n));
            if (found.isPresent() && found.get().title().equals(source.title())) {
                return Optional.of(found.get().citationKey());
            }
        }
        return Optional.empty();
    }

    /** A demo text with its {@code {{name}}} placeholders replaced by the citation keys. */
    static String text(String file, Map<String, String> keys) {
        String template;
        try (InputStream in = new ClassPathResource("demo/briefings/" + file).getInputStream()) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            String key = keys.get(placeholder.group(1));
            if (key == null) {
                throw new IllegalStateException(file + " names an unknown demo source: " + placeholder.group());
            }
            placeholder.appendReplacement(text, Matcher.quoteReplacement(key));
        }
        placeholder.appendTail(text);
        return text.toString();
    }
}
