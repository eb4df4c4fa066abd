package org.dossier.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ContentType;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.Clock;
import java.util.Optional;
import org.dossier.brief.Brief;
import org.dossier.facts.Fact;
import org.dossier.facts.FactsDocument;
import org.dossier.facts.Person;
import org.dossier.ingest.web.PageFetcher;
import org.dossier.io.Json;
import org.dossier.rules.RulesException;
import org.dossier.server.audit.AuditEntry;
import org.dossier.server.audit.AuditLog;
import org.dossier.server.auth.AccessControl;
import org.dossier.server.notify.Notifications;
import org.dossier.server.notify.NotifyConfig;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code dossier serve}: the briefs over HTTP, regenerated when their inputs change.
 *
 * <pre>
 * GET  /                  the caseload: the detained people, with links to their briefs, and a form to add an article
 * GET  /caseload.csv|json|pdf the caseload as CSV, JSON or a one-page PDF
 * GET  /briefs/{id}       a brief as a web page, each source linked to its sentence
 * GET  /briefs/{id}.pdf   a brief, from the last complete regeneration (see BriefService#current)
 * GET  /briefs/{id}.json  the brief's model
 * GET  /articles/{id}     an article's outlet, date and headline, and its sentences the facts quote (#s{n})
 * GET  /facts.json        the facts of every article
 * POST /articles          adds an article (text/plain, or JSON with text, date, outlet, url, headline,
 *                         or JSON with a url alone: the page is fetched; or the caseload page's form,
 *                         multipart: pasted text or a .txt, .html or .pdf file)
 * GET  /health            rules version, last regeneration, last rules error, notifications pending and failing
 * GET  /briefs/{id}/history...  the kept versions of a brief, and any two compared ({@link HistoryRoutes})
 * GET  /rules...          the rules editor: preview a change against every brief, apply, history ({@link RulesRoutes})
 * GET  /audit             the audit log: uploads, rules changes, regenerations, logins ({@link AuditRoutes})
 * </pre>
 *
 * With a notifications file ({@code --notify}), {@link Notifications} tells subscribers of each
 * brief a regeneration changes.
 *
 * <p>With accounts ({@code --users}), {@link AccessControl} adds /login and /logout and lets in
 * only requests with a session or an API token whose role allows them.
 */
public final class DossierServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DossierServer.class);

    private final ServerConfig config;
    private final BriefService service;
    private final Javalin app;
    private final PageFetcher fetcher = new PageFetcher();
    private final FeedRounds feeds;
    private final Notifications notifications;
    private final List<AutoCloseable> running = new ArrayList<>();
    private CaseloadRoutes caseload;
    private final AuditLog audit;

    private DossierServer(ServerConfig config, BriefService service, AccessControl access,
                          Notifications notifications, AuditLog audit) {
        this.config = config;
        this.service = service;
        this.notifications = notifications;
        this.audit = audit;
        this.feeds = new FeedRounds(config.feeds(), config.uploadFolder());
        this.app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.http.maxRequestSize = ArticleUpload.MAX_BYTES;
            c.jetty.multipartConfig.maxFileSize(ArticleUpload.MAX_BYTES, io.javalin.config.SizeUnit.BYTES);
            c.jetty.multipartConfig.maxTotalRequestSize(ArticleUpload.MAX_BYTES + 64 * 1024, io.javalin.config.SizeUnit.BYTES);
            c.requestLogger.http(DossierServer::log);
            if (access != null) {
                access.install(c.routes); // logins, and every route but /health behind them
            }
            CaseloadRoutes caseload = new CaseloadRoutes(service, access != null);
            this.caseload = caseload;
            c.routes.get("/", caseload::page);
            c.routes.get("/caseload.csv", caseload::csv);
            c.routes.get("/caseload.json", caseload::json);
            c.routes.get("/caseload.pdf", caseload::pdf);
            c.routes.get("/articles/{id}", caseload::article);
            new HistoryRoutes(config.output()).install(c.routes);
            c.routes.get("/briefs/{file}", this::brief);
            c.routes.head("/briefs/{file}", this::brief);
            c.routes.get("/facts.json", this::facts);
            c.routes.head("/facts.json", this::facts);
            c.routes.get("/health", ctx -> json(ctx, 200, health()));
            c.routes.post("/articles", this::upload);
            AuditRoutes auditRoutes = new AuditRoutes(audit);
            c.routes.get("/audit", auditRoutes::page);
            c.routes.get("/audit.jsonl", auditRoutes::lines);
            RulesRoutes rules = new RulesRoutes(new RulesEditing(service, config.output()), audit);
            c.routes.get("/rules", rules::list);
            c.routes.get("/rules/history", rules::history);
            c.routes.get("/rules/history/{id}/restore", rules::restore);
            c.routes.get("/rules/new", rules::newFile);
            c.routes.get("/rules/<path>", rules::editor);
            c.routes.post("/rules/preview", rules::preview);
            c.routes.post("/rules/apply", rules::apply);
            c.routes.exception(ApiError.class, (e, ctx) -> json(ctx, e.status(), Map.of("error", e.getMessage())));
            // Javalin's own refusals (no such path, method not allowed) in JSON too
            c.routes.exception(HttpResponseException.class, (e, ctx) -> json(ctx, e.getStatus(),
                    Map.of("error", e.getStatus() == 404 ? "no such path: " + ctx.method() + " " + ctx.path()
                            : e.getMessage() == null ? "refused" : e.getMessage().toLowerCase(java.util.Locale.ROOT))));
            c.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                json(ctx, 500, Map.of("error", "internal error; the server log has the details"));
            });
        });
    }

    /**
     * Compiles the rules, starts listening, and regenerates in the background what changed
     * while the server was not running; then watches and schedules as configured.
     */
    public static DossierServer start(ServerConfig config) throws IOException, RulesException, SchedulerException {
        AuditLog audit = new AuditLog(config.auditFile(), Clock.systemUTC());
        AccessControl access = config.users() == null ? null // read first: a wrong accounts file stops the start at once
                : new AccessControl(config.users(), config.trustProxy(), Clock.systemUTC(), audit);
        NotifyConfig notify = config.notifications() == null ? null // read first too: a wrong file stops the start
                : NotifyConfig.load(config.notifications(), config.output(), System::getenv);
        BriefService service = BriefService.load(config);
        service.addListener((regeneration, changes) -> audit.record(RegenerationAudit.entry(regeneration, changes)));
        Notifications notifications = notify == null ? null : Notifications.start(notify);
        if (notifications != null) {
            service.onBriefChange((previous, current) -> {
                // the very first regeneration into an empty output folder announces no first briefs
                if (previous != null || service.snapshot().isPresent()) {
                    notifications.changed(previous, current);
                }
            });
        }
        DossierServer server = new DossierServer(config, service, access, notifications, audit);
        try {
            server.app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            if (notifications != null) {
                notifications.close();
            }
            throw e;
        }
        // on the service's background thread, which closing the server waits for: nothing is
        // written into the output folder (the audit included) once close() has returned
        server.service.inBackground(() -> {
            server.service.refresh("startup");
            if (server.feeds.any() && server.feeds.poll()) {
                server.service.refresh("feeds");
            }
        });
        try {
            if (config.watch()) {
                server.watch();
            }
            if (config.schedule() != null) {
                server.schedule(config.schedule());
            }
        } catch (IOException | SchedulerException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** Starts watching the input and rules folders; stopped by closing the handle or the server. */
    public synchronized AutoCloseable watch() throws IOException {
        return keep(FolderWatcher.start(service));
    }

    /** Starts regenerating on a Quartz cron expression; stopped by closing the handle or the server. */
    public synchronized AutoCloseable schedule(String cron) throws SchedulerException {
        return keep(RegenerationSchedule.start(service, feeds, cron));
    }

    private AutoCloseable keep(AutoCloseable handle) {
        running.add(handle);
        return () -> {
            synchronized (this) {
                running.remove(handle);
            }
            handle.close();
        };
    }

    /** Every request but the health checks, which monitors make every few seconds. */
    private static void log(Context ctx, Float millis) {
        if (!ctx.path().equals("/health")) {
            LOG.info("{} {} -> {} ({} ms)", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(millis));
        }
    }

    public int port() {
        return app.port();
    }

    public BriefService service() {
        return service;
    }

    /** The service's health, with the last round over the feeds when feeds are followed. */
    private HealthStatus health() {
        HealthStatus health = service.health();
        health = feeds.status().lastRound() == null && !feeds.any() ? health : health.withFeeds(feeds.status());
        return notifications == null ? health : health.withNotifications(notifications.status());
    }

    private void brief(Context ctx) throws IOException {
        BriefId id = BriefId.parse(ctx.pathParam("file")).orElseThrow(() -> ApiError.notFound("no such brief"));
        Snapshot snapshot = current();
        if (!snapshot.hasBrief(id.id()) && id.extension().equals("html")) {
            caseload.noBrief(ctx, id.id()); // a person following a link gets a page, not JSON
            return;
        }
        if (!snapshot.hasBrief(id.id())) {
            throw ApiError.notFound("no brief for \"" + id.id() + "\"");
        }
        if (id.extension().equals("html")) {
            caseload.brief(ctx, snapshot.brief(id.id()).orElseThrow());
        } else if (id.extension().equals("pdf")) {
            ctx.header("Content-Disposition", "inline; filename=\"" + id.id() + ".pdf\"");
            FileResponse.send(ctx, service.pdfFile(id.id()), ContentType.APPLICATION_PDF);
        } else {
            FileResponse.send(ctx, service.jsonFile(id.id()), ContentType.APPLICATION_JSON);
        }
    }

    private void facts(Context ctx) throws IOException {
        current();
        FileResponse.send(ctx, service.factsFile(), ContentType.APPLICATION_JSON);
    }

    private void upload(Context ctx) throws IOException {
        if (CaseloadRoutes.isForm(ctx.contentType())) {
            formUpload(ctx);
            return;
        }
        ArticleUpload upload = ArticleUpload.parse(ctx.contentType(), body(ctx));
        ArticleUpload.Saved saved = upload.saveInto(config.uploadFolder(), fetcher);
        LOG.info("article {} {}", saved.id(), saved.created() ? "saved" : "was already saved");
        audit.record(AuditEntry.of(AccessControl.actor(ctx), AuditEntry.UPLOAD, saved.id(),
                (saved.created() ? "uploaded " : "uploaded again (already saved) ") + describe(saved), saved.details()));
        List<PersonLink> people = service.refresh("upload").map(s -> peopleIn(s, saved.id())).orElse(List.of());
        json(ctx, saved.created() ? 201 : 200,
                new UploadResponse(saved.id(), saved.created(), people, service.health().lastRegeneration()));
    }

    /**
     * The caseload page's form: on success back to the caseload, which names the people the article
     * tells of; on a refusal the page again, the reason above the form and what was typed kept.
     */
    private void formUpload(Context ctx) throws IOException {
        refuseOtherSites(ctx);
        IndexPage.UploadForm typed;
        try {
            typed = new IndexPage.UploadForm(null, ctx.formParam("text"), ctx.formParam("outlet"), ctx.formParam("date"),
                    ctx.formParam("headline"), null, false, List.of());
        } catch (Exception e) { // a body that is not the form it says it is (Jetty's ServletException, thrown unchecked)
            throw ApiError.badRequest("the form could not be read (" + e.getClass().getSimpleName() + "); send it again");
        }
        try {
            ArticleUpload upload = CaseloadRoutes.formArticle(ctx);
            ArticleUpload.Saved saved = upload.saveInto(config.uploadFolder(), fetcher);
            LOG.info("article {} {} (form)", saved.id(), saved.created() ? "saved" : "was already saved");
            audit.record(AuditEntry.of(AccessControl.actor(ctx), AuditEntry.UPLOAD, saved.id(),
                    (saved.created() ? "uploaded " : "uploaded again (already saved) ") + describe(saved), saved.details()));
            service.refresh("upload");
            ctx.redirect("/?added=" + java.net.URLEncoder.encode(saved.id(), java.nio.charset.StandardCharsets.UTF_8)
                    + (saved.created() ? "" : "&again=1"), io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (ApiError e) {
            caseload.page(ctx, e.status(), typed.withError(e.getMessage()));
        }
    }

    /**
     * A browser sends a form to any site that asks it to; a form from another site's page is
     * refused, also without accounts (with them, {@link AccessControl} checks this and the CSRF token).
     */
    private static void refuseOtherSites(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || origin.equals("null")) {
            return;
        }
        String authority;
        try {
            authority = java.net.URI.create(origin).getAuthority();
        } catch (IllegalArgumentException e) {
            authority = null;
        }
        String host = ctx.header("Host");
        if (authority == null || host == null || !host.equalsIgnoreCase(authority)) {
            throw new ApiError(403, "a form must be sent from this server's own pages, not from " + origin);
        }
    }

    private static String describe(ArticleUpload.Saved saved) {
        String what = saved.headline() != null ? "\"" + saved.headline() + "\"" : saved.file() != null ? saved.file() : saved.id();
        return what + (saved.outlet() != null ? " (" + saved.outlet() + ")" : "") + (saved.url() != null ? " from " + saved.url() : "");
    }

    /** The answer to an upload: the article's id and the detained people its facts are about. */
    record UploadResponse(String id, boolean created, List<PersonLink> people, Regeneration regeneration) {
    }

    /** A person and the addresses of their brief (null when they have none). */
    record PersonLink(String id, String name, String pdf, String json) {
    }

    static List<PersonLink> peopleIn(Snapshot snapshot, String articleId) {
        FactsDocument facts = snapshot.facts();
        List<String> ids = facts.facts().stream()
                .filter((Fact f) -> f.evidence().stream().anyMatch(e -> articleId.equals(e.article())))
                .map(Fact::person).distinct().sorted().toList();
        List<PersonLink> links = new ArrayList<>();
        for (String id : ids) {
            String name = facts.people().stream().filter(p -> p.id().equals(id)).map(Person::name).findFirst()
                    .orElse(id);
            boolean brief = snapshot.hasBrief(id);
            links.add(new PersonLink(id, name, brief ? "/briefs/" + id + ".pdf" : null,
                    brief ? "/briefs/" + id + ".json" : null));
        }
        return links;
    }

    private Snapshot current() {
        Optional<Snapshot> snapshot = service.current("request");
        return snapshot.orElseThrow(() -> {
            Regeneration last = service.health().lastRegeneration();
            return new ApiError(503, "no briefs yet" + (last == null ? "" : ": " + last.message()));
        });
    }

    /** The body, refused with 413 beyond the size limit, whatever the request claims its length is. */
    private static byte[] body(Context ctx) throws IOException {
        String declared = ctx.header("Content-Length");
        boolean huge = declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > DRAIN_LIMIT;
        if (huge) {
            throw tooLarge();
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes(ArticleUpload.MAX_BYTES + 1);
            if (bytes.length > ArticleUpload.MAX_BYTES) {
                // read the rest, so that the client, still sending, gets the 413 and not a reset connection
                in.readNBytes((int) DRAIN_LIMIT); // bounded: a chunked body may claim no length
                throw tooLarge();
            }
            return bytes;
        }
    }

    /** Bodies up to this size are read to the end before a 413; larger ones are refused at once. */
    private static final long DRAIN_LIMIT = 8L * ArticleUpload.MAX_BYTES;

    private static ApiError tooLarge() {
        return new ApiError(413, "the article is larger than " + ArticleUpload.MAX_BYTES / 1024 + " KiB");
    }

    private static void json(Context ctx, int status, Object value) {
        ctx.status(status);
        ctx.contentType(ContentType.APPLICATION_JSON);
        ctx.result(Json.bytes(value));
    }

    @Override
    public synchronized void close() {
        for (AutoCloseable handle : List.copyOf(running)) {
            try {
                handle.close();
            } catch (Exception e) {
                LOG.warn("stopping {} failed: {}", handle, e.toString());
            }
        }
        running.clear();
        app.stop();
        service.close();
        if (notifications != null) {
            notifications.close();
        }
    }
}
