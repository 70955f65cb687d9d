package org.briefdesk.publishing;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.BriefingWorkflowService;
import org.briefdesk.source.Grade;
import org.briefdesk.source.SourceDetails;
import org.briefdesk.source.SourceDraft;
import org.briefdesk.source.SourceService;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Prepares published briefings through the real services, as the people of the workflow would: the
 * author writes and submits, an editor approves and publishes.
 */
@Component
@Profile("test")
public class PublishedFixture {

    /** What was made: the briefing and the two sources it cites. */
    public record Made(long briefingId, String slug, String title, SourceDetails harbour, SourceDetails ministry) {}

    private final SourceService sources;
    private final BriefingService briefings;
    private final BriefingWorkflowService workflow;
    private final ActingUser actingUser;

    PublishedFixture(
            SourceService sources, BriefingService briefings, BriefingWorkflowService workflow, ActingUser actingUser) {
        this.sources = sources;
        this.briefings = briefings;
        this.workflow = workflow;
        this.actingUser = actingUser;
    }

    public static String nonce() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A body quoting the harbour source and citing the ministry with a locator. */
    public static String body(String harbourKey, String ministryKey) {
        return "The strike closed the port for three days. The harbour master said the pilots \"would not board"
                + " another ship\" until the roster changed [@" + harbourKey + "].\n\n"
                + "The ministry disputed the figures [@" + ministryKey + ", para. 4; @" + harbourKey + "].\n\n"
                + "| Day | Ships waiting |\n|---|---|\n| Monday | 14 |\n| Tuesday | 22 |\n";
    }

    /** An approved and published briefing of the test author, edition 1. */
    public Made published(String title, Audience audience) {
        Made made = approved(title, audience);
        actingUser.as(TestUsers.EDITOR, () -> workflow.publish(made.briefingId()));
        return made;
    }

    /**
     * Revises a published briefing, appends {@code sentence}, gives it {@code audience}, and has it
     * reviewed and published as its next edition.
     */
    public void publishNextEdition(Made made, Audience audience, String sentence) {
        actingUser.as(TestUsers.AUTHOR, () -> {
            workflow.revise(made.briefingId());
            BriefingDetails draft = briefings.get(made.briefingId()).orElseThrow();
            briefings.save(
                    draft.id(),
                    draft.currentRevisionId(),
                    new BriefingDraft(
                            draft.title(),
                            draft.summary(),
                            draft.body() + "\n" + sentence + "\n",
                            audience,
                            Set.copyOf(draft.tags()),
                            Set.copyOf(draft.coAuthors())),
                    "Next edition",
                    false);
            return workflow.submit(draft.id(), null);
        });
        actingUser.as(TestUsers.EDITOR, () -> workflow.approve(made.briefingId()));
        actingUser.as(TestUsers.EDITOR, () -> workflow.publish(made.briefingId()));
    }

    /** A draft of the test author with this title and text, internal, saved once; its id. */
    public long draft(String title, String text) {
        return actingUser.as(TestUsers.AUTHOR, () -> {
            BriefingDetails created = briefings.create(BriefingDraft.titled(title));
            briefings.save(
                    created.id(),
                    created.currentRevisionId(),
                    new BriefingDraft(title, null, text, Audience.INTERNAL, Set.of(), Set.of()),
                    "Draft",
                    false);
            return created.id();
        });
    }

    /** An approved briefing of the test author, ready to publish. */
    public Made approved(String title, Audience audience) {
        Made made = inReview(title, audience);
        actingUser.as(TestUsers.EDITOR, () -> workflow.approve(made.briefingId()));
        return made;
    }

    /** A briefing of the test author, quoting and citing two new sources, submitted for review. */
    public Made inReview(String title, Audience audience) {
        String n = nonce();
        SourceDetails harbour = actingUser.as(
                TestUsers.AUTHOR,
                () -> sources.add(new SourceDraft(
                        "harbour-" + n,
                        "Pilots refuse to board ships",
                        "Harbour Gazette",
                        "Ines Duarte",
                        "https://gazette.example/pilots-" + n,
                        LocalDate.of(2025, 4, 1),
                        "en",
                        Set.of(),
                        null,
                        new Grade('B', 2),
                        "Early on Monday the harbour master confirmed that the pilots would not board another ship"
                                + " until the roster changed. Ships queued outside the breakwater. Report " + n
                                + ".")));
        SourceDetails ministry = actingUser.as(
                TestUsers.AUTHOR,
                () -> sources.add(new SourceDraft(
                        "ministry-" + n,
                        "Ministry statement on port traffic",
                        "Ministry of Transport",
                        null,
                        "https://transport.example/statement-" + n,
                        LocalDate.of(2025, 4, 2),
                        "en",
                        Set.of(),
                        null,
                        new Grade('A', 1),
                        "The ministry counted fewer ships waiting than reported. Traffic resumed on Thursday. Statement "
                                + n + ".")));
        long id = actingUser.as(TestUsers.AUTHOR, () -> {
            BriefingDetails created = briefings.create(BriefingDraft.titled(title));
            briefings.save(
                    created.id(),
                    created.currentRevisionId(),
                    new BriefingDraft(
                            title,
                            "Why the port stopped, in two paragraphs.",
                            body(harbour.citationKey(), ministry.citationKey()),
                            audience,
                            Set.of("ports", "labour"),
                            Set.of()),
                    "Ready",
                    false);
            workflow.submit(created.id(), null);
            return created.id();
        });
        String slug = actingUser.as(
                TestUsers.EDITOR, () -> briefings.get(id).orElseThrow().slug());
        return new Made(id, slug, title, harbour, ministry);
    }
}
