package org.briefdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ReviewStateMachineTest {

    private static final Actor AUTHOR = new Actor(true, false);
    private static final Actor EDITOR = new Actor(false, true);
    private static final Actor AUTHOR_WHO_EDITS = new Actor(true, true);
    private static final Actor READER = new Actor(false, false);

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
        "DRAFT, SUBMIT, IN_REVIEW",
        "CHANGES_REQUESTED, SUBMIT, IN_REVIEW",
        "IN_REVIEW, WITHDRAW, DRAFT",
        "IN_REVIEW, REQUEST_CHANGES, CHANGES_REQUESTED",
        "IN_REVIEW, APPROVE, APPROVED",
        "APPROVED, PUBLISH, PUBLISHED",
        "APPROVED, REOPEN, DRAFT",
        "PUBLISHED, REVISE, DRAFT",
        "PUBLISHED, RETRACT, RETRACTED"
    })
    void every_transition_of_the_table_leads_where_the_table_says(State from, Action action, State to) {
        assertThat(ReviewStateMachine.target(from, action)).contains(to);
    }

    @Test
    void no_other_transition_exists() {
        int transitions = 0;
        for (State state : State.values()) {
            for (Action action : Action.values()) {
                if (ReviewStateMachine.target(state, action).isPresent()) {
                    transitions++;
                }
            }
        }
        assertThat(transitions).isEqualTo(9);
        assertThat(ReviewStateMachine.target(State.DRAFT, Action.APPROVE)).isEqualTo(Optional.empty());
        assertThat(ReviewStateMachine.target(State.RETRACTED, Action.REVISE)).isEmpty();
        assertThat(ReviewStateMachine.target(State.APPROVED, Action.SUBMIT)).isEmpty();
    }

    @Test
    void four_eyes_an_editor_who_writes_the_briefing_can_neither_approve_nor_request_changes() {
        assertThat(ReviewStateMachine.available(State.IN_REVIEW, AUTHOR_WHO_EDITS))
                .containsExactlyInAnyOrder(Action.WITHDRAW);
        assertThat(ReviewStateMachine.available(State.IN_REVIEW, EDITOR))
                .containsExactlyInAnyOrder(Action.REQUEST_CHANGES, Action.APPROVE);
    }

    @Test
    void each_actor_gets_exactly_the_buttons_of_the_table() {
        assertThat(ReviewStateMachine.available(State.DRAFT, AUTHOR)).containsExactly(Action.SUBMIT);
        assertThat(ReviewStateMachine.available(State.DRAFT, EDITOR)).isEmpty();
        assertThat(ReviewStateMachine.available(State.APPROVED, AUTHOR)).containsExactly(Action.REOPEN);
        assertThat(ReviewStateMachine.available(State.APPROVED, EDITOR))
                .containsExactlyInAnyOrder(Action.PUBLISH, Action.REOPEN);
        assertThat(ReviewStateMachine.available(State.PUBLISHED, AUTHOR)).containsExactly(Action.REVISE);
        assertThat(ReviewStateMachine.available(State.PUBLISHED, EDITOR))
                .containsExactlyInAnyOrder(Action.REVISE, Action.RETRACT);
        assertThat(ReviewStateMachine.available(State.RETRACTED, EDITOR)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(State.class)
    void a_reader_may_do_nothing(State state) {
        assertThat(ReviewStateMachine.available(state, READER)).isEmpty();
    }

    @Test
    void requests_for_changes_and_retractions_need_a_comment_and_submission_needs_clean_checks() {
        assertThat(ReviewStateMachine.needsComment(Action.REQUEST_CHANGES)).isTrue();
        assertThat(ReviewStateMachine.needsComment(Action.RETRACT)).isTrue();
        assertThat(ReviewStateMachine.needsComment(Action.APPROVE)).isFalse();
        assertThat(ReviewStateMachine.needsCleanChecks(Action.SUBMIT)).isTrue();
        assertThat(ReviewStateMachine.needsCleanChecks(Action.APPROVE)).isFalse();
    }

    @Test
    void only_drafts_and_briefings_sent_back_are_editable() {
        assertThat(State.values())
                .filteredOn(ReviewStateMachine::editable)
                .containsExactlyInAnyOrder(State.DRAFT, State.CHANGES_REQUESTED);
    }
}
