/**
 * Analytic tradecraft (issue #17): the probability yardsticks of ICD 203 and of the UK's PHIA, key
 * judgments and how they change between editions, the checks of a briefing's own words and
 * judgments, and the yardstick new briefings start with. Depends on the citation feature (findings,
 * the quotations it finds), never on briefings.
 */
@NullMarked
package org.briefdesk.tradecraft;

import org.jspecify.annotations.NullMarked;
