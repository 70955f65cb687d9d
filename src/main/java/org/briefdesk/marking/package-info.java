/**
 * Markings of how far a document may travel: the Traffic Light Protocol (FIRST TLP 2.0) on sources,
 * and (issue #17) on briefings and their editions. Depends on nothing else of Briefdesk.
 */
@NullMarked
package org.briefdesk.marking;

import org.jspecify.annotations.NullMarked;
