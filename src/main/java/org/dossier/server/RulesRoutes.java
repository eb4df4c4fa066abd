package org.dossier.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dossier.pipeline.preview.PreviewReport;
import org.dossier.server.audit.AuditLog;
import org.dossier.server.auth.AccessControl;

/**
 * The rules editor's pages:
 *
 * <pre>
 * GET  /rules                         the rules files, with the comment on top of each; lexicons as tables
 * GET  /rules/{path}                  one file in an editor (a new file when it does not exist yet)
 * POST /rules/preview                 path, content, base: what the edited file changes in every brief
 * POST /rules/apply                   path, content, base, previewed, message: saves what previewed clean
 * GET  /rules/history                 the changes applied, newest first, with their diffs
 * GET  /rules/history/{id}/restore    the file as it was before (or after: ?side=after) a change, in the editor
 * </pre>
 *
 * The server has no accounts: rules may be previewed and changed only from this machine (a
 * loopback client), and never by a page of another site posting a form to it.
 */
final class RulesRoutes {

    private final RulesEditing editing;
    private final AuditLog audit;

    RulesRoutes(RulesEditing editing, AuditLog audit) {
        this.editing = editing;
        this.audit = audit;
    }

    void list(Context ctx) throws IOException {
        html(ctx, 200, RulesPages.list(editing.files()));
    }

    void history(Context ctx) throws IOException {
        html(ctx, 200, RulesPages.history(editing.history().list()));
    }

    void newFile(Context ctx) {
        String path = Optional.ofNullable(ctx.queryParam("path")).orElse("").strip();
        editing.files().resolve(path);
        ctx.redirect("/rules/" + path);
    }

    void editor(Context ctx) throws IOException {
        String path = ctx.pathParam("path");
        Path file = editing.files().resolve(path);
        Optional<byte[]> bytes = editing.files().read(file);
        html(ctx, 200, RulesPages.editor(new RulesPages.Editor(path, text(bytes), RulesFiles.hash(bytes), null, null,
                null, null, null, null, bytes.isEmpty())));
    }

    void preview(Context ctx) throws IOException {
        guard(ctx);
        RulesEditing.Edit edit = edit(ctx);
        PreviewReport report = editing.preview(edit);
        String notice = report.clean()
                ? "Preview only: nothing was saved. If the changes below are what you meant, say what the change is for and apply it."
                : "This text cannot be applied as it is: see below. Nothing was saved.";
        String previewed = report.clean() ? RulesFiles.hash(editing.bytes(edit)) : null;
        html(ctx, 200, RulesPages.editor(new RulesPages.Editor(edit.path(), edit.content(), edit.base(), previewed,
                ctx.formParam("message"), notice, report.clean() ? "ok" : "error",
                RulesPages.report(report, edit.path(), edit.content()), null, "absent".equals(edit.base()))));
    }

    void apply(Context ctx) throws IOException {
        guard(ctx);
        RulesEditing.Edit edit = edit(ctx);
        try {
            RulesEditing.Applied applied = editing.apply(edit, ctx.formParam("previewed"), who(ctx), ctx.formParam("message"),
                    version -> audit.record(RulesAudit.entry(AccessControl.actor(ctx), version, history())));
            Optional<byte[]> now = editing.files().read(editing.files().resolve(edit.path()));
            Regeneration regeneration = applied.regeneration();
            String regenerated = regeneration == null ? "not yet" : regeneration.message();
            html(ctx, 200, RulesPages.editor(new RulesPages.Editor(edit.path(), text(now), RulesFiles.hash(now), null,
                    null, null, null, RulesPages.report(applied.report(), edit.path(), edit.content()),
                    new RulesPages.Applied(applied.version().id(), regenerated), false)));
        } catch (RulesEditing.Refused refused) {
            RulesPages.Report report = refused.report() == null ? null
                    : RulesPages.report(refused.report(), edit.path(), edit.content());
            html(ctx, refused.status(), RulesPages.editor(new RulesPages.Editor(edit.path(), edit.content(), edit.base(),
                    null, ctx.formParam("message"), refused.getMessage(), "error", report, null, false)));
        }
    }

    void restore(Context ctx) throws IOException {
        String side = Optional.ofNullable(ctx.queryParam("side")).orElse("before");
        RulesVersion version = editing.history().get(ctx.pathParam("id"))
                .orElseThrow(() -> ApiError.notFound("no such version: " + ctx.pathParam("id")));
        Optional<byte[]> old = editing.history().bytes(version, side);
        if (old.isEmpty()) {
            throw new ApiError(409, version.path() + " did not exist " + side + " version " + version.id()
                    + "; files cannot be deleted from the editor");
        }
        Optional<byte[]> current = editing.files().read(editing.files().resolve(version.path()));
        String notice = "This is " + version.path() + " as it was " + side + " version " + version.id()
                + " (" + version.message() + "). Preview it, then apply it to restore it.";
        html(ctx, 200, RulesPages.editor(new RulesPages.Editor(version.path(), text(old), RulesFiles.hash(current), null,
                "Restore " + version.path() + " as it was " + side + " version " + version.id(), notice, "ok", null,
                null, current.isEmpty())));
    }

    private List<RulesVersion> history() {
        try {
            return editing.history().list();
        } catch (IOException e) {
            return List.of(); // the change is still audited, only not recognised as a restore
        }
    }

    private static RulesEditing.Edit edit(Context ctx) {
        String path = ctx.formParam("path");
        String content = ctx.formParam("content");
        String base = ctx.formParam("base");
        if (path == null || content == null || base == null) {
            throw ApiError.badRequest("a rules edit needs the fields path, content and base");
        }
        return new RulesEditing.Edit(path, content, base);
    }

    /**
     * Without accounts, only this machine may change the rules, and only from the server's own pages;
     * with accounts, {@link AccessControl} has checked the editor's role, origin and CSRF token.
     */
    private static void guard(Context ctx) {
        if (AccessControl.user(ctx).isPresent()) {
            return;
        }
        try {
            if (!InetAddress.getByName(ctx.req().getRemoteAddr()).isLoopbackAddress()) {
                throw new ApiError(403, "the rules can be changed only from the machine the server runs on (it has no accounts)");
            }
        } catch (java.net.UnknownHostException e) {
            throw new ApiError(403, "unknown client address");
        }
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        if (origin != null && !origin.equals("null") && (host == null || !host.equalsIgnoreCase(URI.create(origin).getAuthority()))) {
            throw new ApiError(403, "a rules change must come from this server's own editor page, not from " + origin);
        }
    }

    static String who(Context ctx) {
        return AccessControl.user(ctx).orElseGet(() -> System.getProperty("user.name", "local user"));
    }

    private static String text(Optional<byte[]> bytes) {
        return bytes.map(b -> new String(b, StandardCharsets.UTF_8)).orElse("");
    }

    private static void html(Context ctx, int status, String page) {
        ctx.status(status);
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(page);
    }
}
