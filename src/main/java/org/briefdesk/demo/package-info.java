/**
 * The demo profile's briefings, made through the features' public services as the demo users would
 * make them. Nothing depends on this package.
 */
@NullMarked
package org.briefdesk.demo;

import org.jspecify.annotations.NullMarked;
