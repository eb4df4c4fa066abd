package org.dossier.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.history.BriefHistory;
import org.dossier.history.Version;
import org.dossier.io.Json;
import org.dossier.pipeline.BriefChanges;
import org.dossier.pipeline.BriefComparison;

/**
 * The kept versions of each brief ({@link BriefHistory}) over HTTP. Read routes: with accounts,
 * they need a reader's login like every brief.
 *
 * <pre>
 * GET /briefs/{id}/history                       the versions (HTML; JSON with Accept: application/json)
 * GET /briefs/{id}/history.json                  the versions as JSON
 * GET /briefs/{id}/history/compare?from=N&amp;to=M   what differs between two versions (HTML; JSON when asked)
 * GET /briefs/{id}/history/{N}.json, {N}.pdf     one version's brief and PDF
 * </pre>
 */
final class HistoryRoutes {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,199}");
    private static final Pattern VERSION_FILE = Pattern.compile("(\\d{1,9})\\.(json|pdf)");

    private final BriefHistory history;

    HistoryRoutes(Path output) {
        this.history = new BriefHistory(output);
    }

    void install(RoutesConfig routes) {
        routes.get("/briefs/{id}/history", this::list);
        routes.get("/briefs/{id}/history.json", ctx -> json(ctx, listing(ctx)));
        routes.get("/briefs/{id}/history/compare", this::compare);
        routes.get("/briefs/{id}/history/{file}", this::file);
    }

    /** A version as the JSON listing gives it: its summary and the addresses of its files. */
    record Listed(int number, String madeAt, String asOf, String status, String caseStatus, String place,
                  List<String> changes, String json, String pdf) {
    }

    record Listing(String person, List<Listed> versions) {
    }

    private void list(Context ctx) throws IOException {
        Listing listing = listing(ctx);
        if (wantsJson(ctx)) {
            json(ctx, listing);
            return;
        }
        html(ctx, HistoryPages.list(listing));
    }

    private Listing listing(Context ctx) throws IOException {
        String id = id(ctx);
        List<Listed> listed = versions(id).stream().map(v -> new Listed(v.number(), v.madeAt(), v.asOf(), v.status(),
                v.caseStatus(), v.place(), v.changes(), base(id) + "/" + v.number() + ".json",
                v.pdf() == null ? null : base(id) + "/" + v.number() + ".pdf")).toList();
        return new Listing(id, listed);
    }

    private void compare(Context ctx) throws IOException {
        String id = id(ctx);
        List<Version> versions = versions(id);
        Version last = versions.get(versions.size() - 1);
        Version from = version(versions, ctx.queryParam("from"), versions.get(Math.max(0, versions.size() - 2)));
        Version to = version(versions, ctx.queryParam("to"), last);
        BriefComparison c = BriefChanges.compare(history.stored(id, from).brief(), history.stored(id, to).brief());
        if (wantsJson(ctx)) {
            json(ctx, c);
            return;
        }
        html(ctx, HistoryPages.compare(id, from, to, versions, c));
    }

    private void file(Context ctx) throws IOException {
        String id = id(ctx);
        Matcher m = VERSION_FILE.matcher(ctx.pathParam("file"));
        if (!m.matches()) {
            throw ApiError.notFound("no such file in the history of " + id + "; versions are N.json and N.pdf");
        }
        Version v = version(versions(id), m.group(1), null);
        if (m.group(2).equals("json")) {
            FileResponse.send(ctx, history.folder(id).resolve(v.json()), ContentType.APPLICATION_JSON);
            return;
        }
        Path pdf = history.pdf(id, v).orElseThrow(() -> ApiError.notFound("version " + v.number() + " of " + id
                + " has no PDF (the run that made it stopped before rendering it)"));
        ctx.header("Content-Disposition", "inline; filename=\"" + id + "-" + v.number() + ".pdf\"");
        FileResponse.send(ctx, pdf, ContentType.APPLICATION_PDF);
    }

    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ID.matcher(id).matches()) {
            throw ApiError.notFound("no such brief");
        }
        return id;
    }

    private List<Version> versions(String id) throws IOException {
        List<Version> versions = history.versions(id);
        if (versions.isEmpty()) {
            throw ApiError.notFound("no history for \"" + id + "\"");
        }
        return versions;
    }

    /** The version a parameter names, or {@code otherwise} when it is absent. */
    private static Version version(List<Version> versions, String number, Version otherwise) {
        if (number == null || number.isBlank()) {
            if (otherwise == null) {
                throw ApiError.badRequest("which version?");
            }
            return otherwise;
        }
        Optional<Version> v = number.strip().matches("\\d{1,9}") ? versions.stream()
                .filter(x -> x.number() == Integer.parseInt(number.strip())).findFirst() : Optional.empty();
        return v.orElseThrow(() -> ApiError.notFound("no version " + number + "; the versions are 1 to "
                + versions.get(versions.size() - 1).number()));
    }

    private static String base(String id) {
        return "/briefs/" + id + "/history";
    }

    private static boolean wantsJson(Context ctx) {
        String accept = Optional.ofNullable(ctx.header("Accept")).orElse("");
        return accept.contains("application/json") && !accept.contains("text/html");
    }

    private static void json(Context ctx, Object value) {
        ctx.contentType(ContentType.APPLICATION_JSON);
        ctx.result(Json.bytes(value));
    }

    private static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(page);
    }
}
