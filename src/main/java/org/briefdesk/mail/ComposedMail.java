package org.briefdesk.mail;

/** A notification mail as it is queued: the subject and the same content as plain text and as HTML. */
record ComposedMail(String subject, String text, String html) {}
