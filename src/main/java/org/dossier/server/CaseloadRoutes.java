package org.dossier.server;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.brief.Brief;
import org.dossier.caseload.Caseload;
import org.dossier.caseload.CaseloadCsv;
import org.dossier.io.Json;
import org.dossier.render.BriefWebPage;
import org.dossier.render.CaseloadPdf;
import org.dossier.server.auth.AccessControl;
import org.dossier.server.auth.Role;

/**
 * The pages people read: {@code GET /} (the caseload, with the form to add an article),
 * {@code /caseload.csv}, {@code .json} and {@code .pdf}, a brief as a web page and an article's
 * quoted sentences; all from the last complete regeneration.
 */
final class CaseloadRoutes {

    private final BriefService service;
    private final boolean accounts;
    private final BriefWebPage briefPage = new BriefWebPage();
    private final CaseloadPdf caseloadPdf = new CaseloadPdf();
    /** The caseload PDF of the last snapshot it was asked for, rendered once per regeneration. */
    private volatile RenderedPdf renderedPdf;

    private record RenderedPdf(Snapshot snapshot, byte[] bytes) {
    }

    CaseloadRoutes(BriefService service, boolean accounts) {
        this.service = service;
        this.accounts = accounts;
    }

    void page(Context ctx) {
        page(ctx, 200, added(ctx));
    }

    /** The caseload page with what the upload form shows: an article just added, or a refusal. */
    void page(Context ctx, int status, IndexPage.UploadForm upload) {
        List<Brief> briefs = service.current("request").map(Snapshot::briefs).orElse(List.of());
        ctx.status(status);
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(IndexPage.render(briefs, service.health(), service::pdfFile, CaseloadQuery.of(ctx::queryParam),
                upload, canUpload(ctx)));
    }

    /** Without accounts everyone on this machine may add articles; with them, editors and admins. */
    private boolean canUpload(Context ctx) {
        return !accounts || AccessControl.role(ctx).map(r -> r.allows(Role.EDITOR)).orElse(false);
    }

    /** After an upload ({@code ?added=ID}): the article and the people it tells of. */
    private IndexPage.UploadForm added(Context ctx) {
        String id = ctx.queryParam("added");
        if (id == null || id.isBlank() || id.length() > 200) {
            return IndexPage.UploadForm.EMPTY;
        }
        List<DossierServer.PersonLink> people = service.snapshot().map(s -> DossierServer.peopleIn(s, id))
                .orElse(List.of());
        return new IndexPage.UploadForm(null, null, null, null, null, id, "1".equals(ctx.queryParam("again")),
                people.stream().map(p -> new IndexPage.Named(p.id(), p.name(), p.pdf() != null)).toList());
    }

    void csv(Context ctx) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "inline; filename=\"" + Caseload.CSV_FILE + "\"");
        ctx.result(CaseloadCsv.text(caseload(current())).getBytes(StandardCharsets.UTF_8));
    }

    void json(Context ctx) {
        ctx.contentType(ContentType.APPLICATION_JSON);
        ctx.result(Json.bytes(caseload(current())));
    }

    void pdf(Context ctx) {
        Snapshot snapshot = current();
        RenderedPdf last = renderedPdf;
        if (last == null || last.snapshot() != snapshot) {
            last = new RenderedPdf(snapshot, caseloadPdf.render(caseload(snapshot)));
            renderedPdf = last;
        }
        ctx.contentType(ContentType.APPLICATION_PDF);
        ctx.header("Content-Disposition", "inline; filename=\"" + CaseloadPdf.FILE + "\"");
        ctx.result(last.bytes());
    }

    /** {@code GET /briefs/{id}}: the brief as a web page, each source linked to its sentence in its article. */
    void brief(Context ctx, Brief brief) {
        String id = brief.person().id();
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(briefPage.html(brief, new BriefWebPage.Links("/briefs/" + id + ".pdf", "/briefs/" + id + ".json",
                s -> ArticlePage.href(s.article(), s.sentence()))));
    }

    /** A brief page asked for someone without a brief: a 404 page leading back to the caseload. */
    void noBrief(Context ctx, String id) {
        ctx.status(404);
        ctx.contentType("text/html; charset=utf-8");
        ctx.result("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>No such brief · Dossier</title>"
                + "</head><body style=\"font-family:system-ui,sans-serif;margin:2rem\"><h1>No such brief</h1><p>The last run "
                + "made no brief for “" + org.jsoup.nodes.Entities.escape(id) + "”. <a href=\"/\">Back to the caseload</a>."
                + "</p></body></html>");
    }

    /** {@code GET /articles/{id}}: the article's outlet, date and headline, and the sentences quoted from it. */
    void article(Context ctx) {
        Snapshot snapshot = current();
        String id = ctx.pathParam("id");
        ctx.contentType("text/html; charset=utf-8");
        Optional<String> page = ArticlePage.render(snapshot, id);
        ctx.status(page.isPresent() ? 200 : 404);
        ctx.result(page.orElseGet(() -> ArticlePage.notFound(id)));
    }

    private Snapshot current() {
        return service.current("request").orElseThrow(() -> new ApiError(503, "no briefs yet"));
    }

    private static Caseload caseload(Snapshot snapshot) {
        return Caseload.of(snapshot.briefs());
    }

    /** True for the bodies a browser's form sends. */
    static boolean isForm(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded");
    }

    /** The article the form sent: a chosen file, else the pasted text with its outlet, date and headline. */
    static ArticleUpload formArticle(Context ctx) throws IOException {
        UploadedFile file;
        try {
            file = ctx.uploadedFile("file");
        } catch (Exception e) { // Jetty's ServletException for a broken body, thrown unchecked
            throw ApiError.badRequest("the form could not be read (" + e.getClass().getSimpleName() + "); send it again");
        }
        if (file != null && file.filename() != null && !file.filename().isBlank()) {
            try (InputStream in = file.content()) {
                byte[] bytes = in.readNBytes(ArticleUpload.MAX_BYTES + 1);
                if (bytes.length > ArticleUpload.MAX_BYTES) {
                    throw new ApiError(413, file.filename() + ": larger than " + ArticleUpload.MAX_BYTES / 1024 + " KiB");
                }
                return ArticleUpload.file(file.filename(), bytes);
            }
        }
        return ArticleUpload.pasted(ctx.formParam("text"), ctx.formParam("date"), ctx.formParam("outlet"),
                ctx.formParam("headline"));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
