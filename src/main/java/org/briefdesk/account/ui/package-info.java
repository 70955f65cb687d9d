/**
 * The signed-in user's own account page, one section per concern. It sits above the features it
 * brings together (user, mail, later sign-in), so that none of them depends on another's screens.
 */
@NullMarked
package org.briefdesk.account.ui;

import org.jspecify.annotations.NullMarked;
