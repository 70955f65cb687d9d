package org.briefdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.briefdesk.live.RecordingBroadcast;
import org.junit.jupiter.api.Test;

class InProcessBriefingEventsTest {

    private final RecordingBroadcast broadcast = new RecordingBroadcast();
    private final InProcessBriefingEvents events = new InProcessBriefingEvents(broadcast);

    @Test
    void every_event_goes_to_the_other_nodes_and_theirs_reach_the_listeners_here() throws Exception {
        List<BriefingEvents.Event> heard = new ArrayList<>();
        try (AutoCloseable editor = events.listen(7, heard::add)) {
            BriefingEvents.Event saved = new BriefingEvents.Saved(7, 70, "erin", "Erin");
            events.publish(saved);
            assertThat(broadcast.sent())
                    .extracting(sent -> ((EventMessage) sent.message()).toEvent())
                    .containsExactly(saved);

            for (BriefingEvents.Event elsewhere : List.of(
                    new BriefingEvents.Saved(7, 71, "bob", "Bob"),
                    new BriefingEvents.Transitioned(7),
                    new BriefingEvents.PresenceChanged(7),
                    new BriefingEvents.CommentsChanged(7, 3, "alice"))) {
                broadcast.arrive(InProcessBriefingEvents.CHANNEL, EventMessage.of(elsewhere));
            }
        }
        assertThat(heard)
                .containsExactly(
                        new BriefingEvents.Saved(7, 70, "erin", "Erin"),
                        new BriefingEvents.Saved(7, 71, "bob", "Bob"),
                        new BriefingEvents.Transitioned(7),
                        new BriefingEvents.PresenceChanged(7),
                        new BriefingEvents.CommentsChanged(7, 3, "alice"));
        // What arrived from elsewhere is not sent back out.
        assertThat(broadcast.sent()).hasSize(1);
    }

    @Test
    void a_listener_to_one_briefing_hears_only_that_briefing_and_a_listener_to_all_hears_everything() throws Exception {
        List<BriefingEvents.Event> one = new ArrayList<>();
        List<BriefingEvents.Event> all = new ArrayList<>();
        try (AutoCloseable first = events.listen(1, one::add);
                AutoCloseable second = events.listen(all::add)) {
            events.publish(new BriefingEvents.Saved(1, 10, "erin", "Erin"));
            events.publish(new BriefingEvents.PresenceChanged(2));
            events.publish(new BriefingEvents.Transitioned(1));
        }

        assertThat(one)
                .containsExactly(new BriefingEvents.Saved(1, 10, "erin", "Erin"), new BriefingEvents.Transitioned(1));
        assertThat(all).hasSize(3);
    }

    @Test
    void closing_every_handle_leaves_the_registry_empty_and_nothing_is_heard_afterwards() throws Exception {
        List<BriefingEvents.Event> heard = new ArrayList<>();
        AutoCloseable a = events.listen(1, heard::add);
        AutoCloseable b = events.listen(1, heard::add);
        AutoCloseable c = events.listen(heard::add);
        assertThat(events.listenerCount()).isEqualTo(3);

        a.close();
        b.close();
        c.close();
        b.close();
        events.publish(new BriefingEvents.Transitioned(1));

        assertThat(events.listenerCount()).isZero();
        assertThat(heard).isEmpty();
    }

    @Test
    void a_failing_listener_does_not_keep_the_others_from_hearing() throws Exception {
        List<BriefingEvents.Event> heard = new ArrayList<>();
        try (AutoCloseable failing = events.listen(1, event -> {
                    throw new IllegalStateException("gone");
                });
                AutoCloseable listening = events.listen(1, heard::add)) {
            events.publish(new BriefingEvents.Transitioned(1));
        }
        assertThat(heard).containsExactly(new BriefingEvents.Transitioned(1));
    }
}
