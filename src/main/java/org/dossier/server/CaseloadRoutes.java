package org.dossier.server;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.brief.Brief;
import org.dossier.caseload.Caseload;
import org.dossier.caseload.CaseloadCsv;
import org.dossier.io.Json;

/** {@code GET /}, {@code /caseload.csv} and {@code /caseload.json}: the caseload of the last complete regeneration. */
final class CaseloadRoutes {

    private final BriefService service;

    CaseloadRoutes(BriefService service) {
        this.service = service;
    }

    void page(Context ctx) {
        List<Brief> briefs = service.current("request").map(Snapshot::briefs).orElse(List.of());
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(IndexPage.render(briefs, service.health(), service::pdfFile, CaseloadQuery.of(ctx::queryParam)));
    }

    void csv(Context ctx) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "inline; filename=\"" + Caseload.CSV_FILE + "\"");
        ctx.result(CaseloadCsv.text(caseload()).getBytes(StandardCharsets.UTF_8));
    }

    void json(Context ctx) {
        ctx.contentType(ContentType.APPLICATION_JSON);
        ctx.result(Json.bytes(caseload()));
    }

    private Caseload caseload() {
        Snapshot snapshot = service.current("request").orElseThrow(() -> new ApiError(503, "no briefs yet"));
        return Caseload.of(snapshot.briefs());
    }
}
