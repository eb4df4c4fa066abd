package org.dossier.render;

import java.util.function.Function;
import org.dossier.brief.Brief;
import org.dossier.brief.Source;

/**
 * A brief as a web page ({@code GET /briefs/{id}}): the same sections as the PDF, from the same
 * view and the same section template ({@code brief-sections.mustache}), with a screen style,
 * links to the PDF and JSON, and each source linked to its sentence in its article.
 */
public final class BriefWebPage {

    /** Where the page links to. */
    public record Links(String pdf, String json, Function<Source, String> sourceLink) {
    }

    /** What {@code brief-page.html.mustache} reads. */
    record Page(BriefView brief, String pdf, String json, String projectedRelease) {
    }

    private final BriefViewBuilder views = new BriefViewBuilder(new Labels());
    private final XhtmlTemplate template = new XhtmlTemplate("brief-page.html");

    public String html(Brief brief, Links links) {
        BriefView view = views.build(brief, null, links.sourceLink());
        org.dossier.brief.ProjectedRelease release = org.dossier.brief.ProjectedRelease.of(brief);
        return template.render(new Page(view, links.pdf(), links.json(), release == null ? null : Dates.release(release)));
    }
}
