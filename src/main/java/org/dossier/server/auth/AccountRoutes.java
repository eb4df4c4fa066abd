package org.dossier.server.auth;

import com.samskivert.mustache.Template;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.io.Json;
import org.dossier.server.ApiError;
import org.dossier.server.Templates;
import org.dossier.server.audit.AuditEntry;

/**
 * The accounts page, for admins:
 *
 * <pre>
 * GET  /accounts          names, roles and how many tokens each has (JSON with Accept: application/json)
 * POST /accounts/add      name, role, password: adds an account (or gives one a new role and password)
 * POST /accounts/role     name, role: gives an account another role
 * POST /accounts/remove   name: removes an account and its tokens
 * </pre>
 *
 * The file is written whole, each change is audited, and the last admin can be neither removed
 * nor demoted: someone must always be able to manage the accounts.
 */
final class AccountRoutes {

    private static final Template PAGE = Templates.compile("accounts.html.mustache");

    private final AccessControl access;

    AccountRoutes(AccessControl access) {
        this.access = access;
    }

    /** What an admin may see of an account: never a hash. */
    record Listed(String name, String role, int tokens) {
    }

    void page(Context ctx) {
        show(ctx, 200, null, null);
    }

    void add(Context ctx) throws IOException {
        String name = field(ctx, "name");
        Role role = roleField(ctx);
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        change(ctx, accounts -> accounts.withPassword(name, role, password), () -> {
            boolean existed = access.current().find(name).isPresent();
            return new Done(existed ? AuditEntry.ACCOUNT_ROLE : AuditEntry.ACCOUNT_ADD, name,
                    (existed ? "gave " + name + " a new password and the role " : "added " + name + " as ") + role.label());
        });
    }

    void changeRole(Context ctx) throws IOException {
        String name = field(ctx, "name");
        Role role = roleField(ctx);
        change(ctx, accounts -> keepAnAdmin(accounts, name, role).withRole(name, role), () -> {
            String was = access.current().find(name).map(a -> a.role().label()).orElse("?");
            return new Done(AuditEntry.ACCOUNT_ROLE, name, "changed " + name + " from " + was + " to " + role.label());
        });
    }

    void remove(Context ctx) throws IOException {
        String name = field(ctx, "name");
        change(ctx, accounts -> keepAnAdmin(accounts, name, null).without(name),
                () -> new Done(AuditEntry.ACCOUNT_REMOVE, name, "removed " + name));
    }

    /** An account change as the audit log and the page tell it. */
    private record Done(String kind, String name, String summary) {
    }

    private void change(Context ctx, java.util.function.UnaryOperator<Accounts> change,
                        java.util.function.Supplier<Done> describe) throws IOException {
        Done done = describe.get(); // described before the change, which it compares with
        try {
            access.change(change);
        } catch (IllegalArgumentException e) {
            show(ctx, 400, e.getMessage(), "error");
            return;
        }
        access.audit().record(AuditEntry.of(AccessControl.actor(ctx), done.kind(), done.name(), done.summary(),
                Map.of("file", access.current().file().toString())));
        show(ctx, 200, "Done: " + done.summary() + ".", "ok");
    }

    private static Accounts keepAnAdmin(Accounts accounts, String name, Role role) {
        boolean isAdmin = accounts.find(name).map(a -> a.role() == Role.ADMIN).orElse(false);
        if (isAdmin && role != Role.ADMIN && accounts.admins() == 1) {
            throw new IllegalArgumentException(name + " is the only admin: make another account admin first");
        }
        return accounts;
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        if (value == null || value.isBlank()) {
            throw ApiError.badRequest("the form has no " + name);
        }
        return value.strip();
    }

    private static Role roleField(Context ctx) {
        try {
            return Role.parse(field(ctx, "role"));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private void show(Context ctx, int status, String notice, String noticeKind) {
        List<Listed> listed = access.current().all().stream()
                .map(a -> new Listed(a.name(), a.role().label(), a.tokens().size())).toList();
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        if (Optional.ofNullable(ctx.header("Accept")).orElse("").contains("application/json")
                || (ctx.header("Authorization") != null && !Optional.ofNullable(ctx.header("Accept")).orElse("").contains("text/html"))) {
            ctx.contentType("application/json");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("accounts", listed);
            if (notice != null) {
                body.put(status == 200 ? "done" : "error", notice);
            }
            ctx.result(Json.bytes(body));
            return;
        }
        List<Map<String, Object>> rows = listed.stream().map(a -> Map.<String, Object>of("name", a.name(),
                "role", a.role(), "tokens", a.tokens(), "roles", List.of(
                        Map.of("label", "reader", "selected", a.role().equals("reader")),
                        Map.of("label", "editor", "selected", a.role().equals("editor")),
                        Map.of("label", "admin", "selected", a.role().equals("admin"))))).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("accounts", rows);
        model.put("notice", notice);
        model.put("noticeKind", noticeKind);
        model.put("minPassword", Accounts.MIN_PASSWORD);
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(PAGE.execute(model));
    }
}
