/**
 * E-mail notifications (issue #18): each user's choice per kind of notification (at once, daily
 * digest, off), the outbox a posted notification is queued in, and the sender and digest job that
 * work through it after commit, on any node, each mail once (docs/decisions/0014-e-mail-notifications.md).
 */
@NullMarked
package org.briefdesk.mail;

import org.jspecify.annotations.NullMarked;
