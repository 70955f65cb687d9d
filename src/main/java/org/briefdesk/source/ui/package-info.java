@NullMarked
package org.briefdesk.source.ui;

import org.jspecify.annotations.NullMarked;
