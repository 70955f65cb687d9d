package org.briefdesk.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkingRuleTest {

    private static final MarkingRule.Cited WIRE = new MarkingRule.Cited("Wire report", Tlp.CLEAR);
    private static final MarkingRule.Cited LIAISON = new MarkingRule.Cited("Liaison note", Tlp.AMBER);
    private static final MarkingRule.Cited CABLE = new MarkingRule.Cited("Embassy cable", Tlp.AMBER_STRICT);

    @Test
    void a_briefing_at_least_as_restrictive_as_its_sources_may_go_out() {
        assertThat(MarkingRule.problem(Tlp.AMBER, false, List.of(WIRE, LIAISON)))
                .isEmpty();
        assertThat(MarkingRule.problem(Tlp.RED, false, List.of(CABLE, LIAISON))).isEmpty();
        assertThat(MarkingRule.problem(Tlp.CLEAR, true, List.of(WIRE))).isEmpty();
    }

    @Test
    void a_less_restrictive_marking_is_refused_naming_every_stricter_source_and_the_marking_needed() {
        assertThat(MarkingRule.problem(Tlp.GREEN, false, List.of(WIRE, LIAISON, CABLE)))
                .contains("This briefing is marked TLP:GREEN but cites sources marked more restrictively:"
                        + " “Liaison note” (TLP:AMBER), “Embassy cable” (TLP:AMBER+STRICT). Mark it TLP:AMBER+STRICT"
                        + " or more restrictive, or cite other sources.");
    }

    @Test
    void a_public_briefing_must_be_clear_and_may_not_cite_a_marked_source() {
        assertThat(MarkingRule.problem(Tlp.GREEN, true, List.of(WIRE)))
                .contains("A Public briefing must be marked TLP:CLEAR (it is marked TLP:GREEN): make it Internal, or"
                        + " mark it TLP:CLEAR.");
        assertThat(MarkingRule.problem(Tlp.CLEAR, true, List.of(LIAISON)))
                .contains("This briefing is marked TLP:CLEAR but cites a source marked more restrictively: “Liaison"
                        + " note” (TLP:AMBER). A Public briefing must stay TLP:CLEAR: cite other sources, or make it"
                        + " Internal and mark it TLP:AMBER.");
    }
}
