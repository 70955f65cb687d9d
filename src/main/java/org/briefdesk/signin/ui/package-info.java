/** The code page of a two-factor sign-in, and each user's page to set two-factor sign-in up. */
@NullMarked
package org.briefdesk.signin.ui;

import org.jspecify.annotations.NullMarked;
