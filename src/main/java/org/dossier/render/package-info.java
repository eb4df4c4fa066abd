/**
 * The PDF brief: {@link org.dossier.render.BriefRenderer} turns a brief model into a tagged
 * PDF (PDF/UA-1 and PDF/A-2u, checked with veraPDF in the tests), and
 * {@link org.dossier.render.BriefPdfWriter} writes it to {@code <output>/<person-id>.pdf}.
 *
 * <p>The model becomes a view of display strings ({@code BriefView}), the view becomes XHTML
 * through the Mustache template {@code brief.xhtml.mustache}, and openhtmltopdf lays the
 * XHTML out through PDFBox with the DejaVu fonts in {@code /fonts}. Words for the model's codes
 * are in {@code labels.properties}. Nothing but the brief model (and an optional generation
 * time) goes in, so the same brief gives the same bytes.
 */
package org.dossier.render;
