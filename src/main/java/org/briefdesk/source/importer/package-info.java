/**
 * Reading uploaded article files ({@code .txt}, {@code .md}, {@code .html}) and reference manager
 * exports (CSL JSON, BibTeX, RIS), alone or in a {@code .zip}, into normalised documents, with the
 * limits and refusals of PRODUCT section 2. Plain classes with no Spring or Vaadin types: the service
 * decides what to store.
 */
@NullMarked
package org.briefdesk.source.importer;

import org.jspecify.annotations.NullMarked;
