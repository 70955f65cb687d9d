/**
 * Analytic tradecraft (issue #17): the probability yardsticks of ICD 203 and of the UK's PHIA, and
 * the checks of how a briefing's own words use them. Depends on the citation feature (findings, the
 * quotations it finds), never on briefings.
 */
@NullMarked
package org.briefdesk.tradecraft;

import org.jspecify.annotations.NullMarked;
