package org.dossier.server.auth;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import org.dossier.server.ApiError;
import org.dossier.server.audit.Actor;
import org.dossier.server.audit.AuditEntry;
import org.dossier.server.audit.AuditLog;

/**
 * The server's door when it has accounts ({@code --users FILE}): every request but
 * {@code /health} and the login page needs a person logged in (session cookie) or a script's
 * bearer token, and a role that allows it; forms posted with a session carry its CSRF token.
 *
 * <pre>
 * GET  /login    the login page
 * POST /login    name, password, next: opens a session (rate-limited per name and per client)
 * POST /logout   csrf: closes the session
 * GET  /accounts the accounts: names, roles and how many tokens each has, with forms to change them
 *                (admins only; see {@link AccountRoutes})
 * </pre>
 *
 * Logins (and failed ones), logouts and account changes are written to the audit log.
 */
public final class AccessControl {

    public static final String COOKIE = "dossier_session";
    public static final String CSRF_FIELD = "csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String USER = "dossier.user";
    private static final String ROLE = "dossier.role";
    private static final String SESSION = "dossier.session";
    private static final String VIA = "dossier.via";

    private final Path file;
    private final boolean trustProxy;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;
    /** When a refusal for a locked name and client was last audited: once a window, so that guessing cannot flood the log. */
    private final Map<String, java.time.Instant> lockedNoted = new java.util.concurrent.ConcurrentHashMap<>();
    private Accounts accounts;
    private FileTime loaded;

    public AccessControl(Path file, boolean trustProxy, Clock clock, AuditLog audit) throws IOException {
        this.file = file;
        this.audit = audit;
        this.clock = clock;
        this.trustProxy = trustProxy;
        this.sessions = new Sessions(clock);
        this.throttle = new LoginThrottle(clock);
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such accounts file; create it with: dossier users add NAME --role admin --users " + file);
        }
        this.accounts = Accounts.load(file);
        this.loaded = Files.getLastModifiedTime(file);
        if (accounts.all().isEmpty()) {
            throw new IOException(file + ": no accounts; add one with: dossier users add NAME --role admin --users " + file);
        }
    }

    /** The name of the account the request was made as, when the server has accounts. */
    public static Optional<String> user(Context ctx) {
        return Optional.ofNullable(ctx.attribute(USER));
    }

    /** The role of the account the request was made as, when the server has accounts. */
    public static Optional<Role> role(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ROLE));
    }

    /** Who made the request, for the audit log: the account and how it came in, or {@link Actor#LOCAL} without accounts. */
    public static Actor actor(Context ctx) {
        String name = ctx.attribute(USER);
        return name == null ? Actor.LOCAL : new Actor(name, ctx.attribute(VIA));
    }

    /** Adds the login routes and the checks made before (and the CSRF fields added after) every request. */
    public void install(RoutesConfig routes) {
        routes.before(this::check);
        routes.after(this::addFormFields);
        routes.get("/login", ctx -> LoginPage.send(ctx, 200, nextPath(ctx.queryParam("next")), null));
        routes.post("/login", this::login);
        routes.post("/logout", this::logout);
        AccountRoutes accountRoutes = new AccountRoutes(this);
        routes.get("/accounts", accountRoutes::page);
        routes.post("/accounts/add", accountRoutes::add);
        routes.post("/accounts/role", accountRoutes::changeRole);
        routes.post("/accounts/remove", accountRoutes::remove);
    }

    /** The role a request needs; null when it needs no login. */
    static Role needed(String method, String path) {
        if (path.equals("/health") || path.equals("/login") || path.equals("/logout")) {
            return null;
        }
        if (path.equals("/rules") || path.startsWith("/rules/") || (method.equals("POST") && path.equals("/articles"))) {
            return Role.EDITOR;
        }
        if (path.equals("/accounts") || path.startsWith("/accounts/") || path.equals("/audit")
                || path.startsWith("/audit.") || path.startsWith("/audit/")) {
            return Role.ADMIN;
        }
        return Role.READER;
    }

    private void check(Context ctx) {
        Role needed = needed(ctx.method().name(), ctx.path());
        if (needed == null) {
            return;
        }
        Optional<Account> account = bearer(ctx);
        if (account.isPresent()) {
            ctx.attribute(VIA, "token " + tokenId(ctx.header("Authorization").substring(7).strip()));
        } else {
            Optional<Session> session = sessions.find(ctx.cookie(COOKIE));
            account = session.flatMap(s -> current().find(s.name()));
            if (account.isPresent()) {
                ctx.attribute(SESSION, session.get());
                ctx.attribute(VIA, "session");
                checkForm(ctx, session.get());
            }
        }
        if (account.isEmpty()) {
            refuseAnonymous(ctx);
            return;
        }
        if (!account.get().role().allows(needed)) {
            throw new ApiError(403, "this needs the " + needed.label() + " role; " + account.get().name()
                    + " is a " + account.get().role().label());
        }
        ctx.attribute(USER, account.get().name());
        ctx.attribute(ROLE, account.get().role());
    }

    private Optional<Account> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null) {
            return Optional.empty();
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorized("only bearer tokens are accepted in the Authorization header");
        }
        return Optional.of(current().byToken(header.substring(7).strip())
                .orElseThrow(() -> unauthorized("this token is not valid (any more)")));
    }

    /** Names a token in the audit log without giving it away: the start of its hash, as kept in the accounts file. */
    static String tokenId(String token) {
        return Secrets.hashToken(token).substring(0, "sha256:".length() + 12);
    }

    private static ApiError unauthorized(String message) {
        return new ApiError(401, message);
    }

    /** People are sent to the login page; scripts get a 401 naming the way in. */
    private static void refuseAnonymous(Context ctx) {
        String accept = Optional.ofNullable(ctx.header("Accept")).orElse("");
        if (ctx.method().name().equals("GET") && accept.contains("text/html")) {
            String target = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            ctx.redirect("/login?next=" + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8),
                    HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        ctx.header("WWW-Authenticate", "Bearer realm=\"dossier\"");
        throw unauthorized("log in at /login, or send an API token: Authorization: Bearer TOKEN");
    }

    /** A change made with a session cookie must come from this server's pages: same origin, with the session's CSRF token. */
    private static void checkForm(Context ctx, Session session) {
        String method = ctx.method().name();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return;
        }
        checkOrigin(ctx);
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null && isForm(ctx)) {
            sent = ctx.formParam(CSRF_FIELD);
        }
        if (sent == null || !java.security.MessageDigest.isEqual(sent.getBytes(), session.csrf().getBytes())) {
            throw new ApiError(403, "this form has no valid CSRF token (it is out of date, or was sent by another "
                    + "site); reload the page and try again");
        }
    }

    private static boolean isForm(Context ctx) {
        String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
    }

    private static void checkOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        if (origin != null && !origin.equals("null")
                && (host == null || !host.equalsIgnoreCase(URI.create(origin).getAuthority()))) {
            throw new ApiError(403, "a form must be sent from this server's own pages, not from " + origin);
        }
    }

    private void login(Context ctx) {
        checkOrigin(ctx);
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        String next = nextPath(ctx.formParam("next"));
        String client = client(ctx);
        if (throttle.locked(name, client)) {
            if (firstLockedRefusal(name, client)) {
                audit.record(AuditEntry.of(new Actor(shown(name), null), AuditEntry.LOGIN_LOCKED, shown(name),
                        "login refused: too many failed logins (refusals are kept once per "
                                + LoginThrottle.WINDOW.toMinutes() + " minutes)", Map.of("client", client)));
            }
            LoginPage.send(ctx, 429, next, "Too many failed logins: wait " + LoginThrottle.WINDOW.toMinutes()
                    + " minutes before trying again.");
            return;
        }
        Optional<Account> account = current().find(name);
        // the password is checked (against a decoy) even for a name with no account: no answer, and no delay, tells which names exist
        boolean ok = Secrets.passwordMatches(password, account.map(Account::password).orElse(null)) && account.isPresent();
        if (!ok) {
            throttle.failed(name, client);
            audit.record(AuditEntry.of(new Actor(shown(name), null), AuditEntry.LOGIN_FAILED, shown(name),
                    "wrong name or password", Map.of("client", client)));
            LoginPage.send(ctx, 401, next, "Wrong name or password.");
            return;
        }
        throttle.succeeded(name);
        audit.record(AuditEntry.of(new Actor(name, "session"), AuditEntry.LOGIN, name, "logged in",
                Map.of("client", client)));
        Cookie cookie = new Cookie(COOKIE, sessions.open(account.get()), "/", (int) Sessions.LIFETIME.toSeconds(),
                secure(ctx), true, null, SameSite.STRICT);
        ctx.cookie(cookie);
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    private void logout(Context ctx) {
        Optional<Session> session = sessions.find(ctx.cookie(COOKIE));
        if (session.isPresent()) {
            checkForm(ctx, session.get());
            sessions.close(ctx.cookie(COOKIE));
            audit.record(AuditEntry.of(new Actor(session.get().name(), "session"), AuditEntry.LOGOUT,
                    session.get().name(), "logged out", Map.of("client", client(ctx))));
        }
        ctx.cookie(new Cookie(COOKIE, "", "/", 0, secure(ctx), true, null, SameSite.STRICT));
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    /** Pages shown to a logged-in person: their forms carry the CSRF token, and a logout button is added. */
    private void addFormFields(Context ctx) {
        Session session = ctx.attribute(SESSION);
        String type = Optional.ofNullable(ctx.res().getContentType()).orElse("");
        if (session == null || !type.startsWith("text/html")) {
            return;
        }
        String page = ctx.result();
        if (page == null) {
            return;
        }
        String field = "<input type=\"hidden\" name=\"" + CSRF_FIELD + "\" value=\"" + session.csrf() + "\">";
        page = page.replaceAll("(?i)(<form\\b[^>]*\\bmethod=\"post\"[^>]*>)", "$1" + field);
        String logout = "<form method=\"post\" action=\"/logout\" class=\"logout\" style=\"position:absolute;top:.5em;right:1em\">"
                + field + "<span class=\"meta\">" + org.jsoup.nodes.Entities.escape(session.name())
                + "</span> <button type=\"submit\">Log out</button></form>";
        int body = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        page = body < 0 ? page : page.substring(0, body) + logout + page.substring(body);
        ctx.result(page);
    }

    /** Whether neither this name nor this client has had a locked refusal audited within the window; notes both. */
    private boolean firstLockedRefusal(String name, String client) {
        if (lockedNoted.size() > 10_000) {
            lockedNoted.clear();
        }
        java.time.Instant now = clock.instant();
        java.time.Instant since = now.minus(LoginThrottle.WINDOW);
        java.time.Instant byName = lockedNoted.put("name:" + shown(name), now);
        java.time.Instant byClient = lockedNoted.put("client:" + client, now);
        return (byName == null || byName.isBefore(since)) && (byClient == null || byClient.isBefore(since));
    }

    /** A name someone typed at the login page, as the audit log keeps it: not unbounded. */
    private static String shown(String name) {
        return name.length() <= 64 ? name : name.substring(0, 64) + "…";
    }

    /** Where to go after logging in: a path on this server only. */
    static String nextPath(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
    }

    private boolean secure(Context ctx) {
        String proto = trustProxy ? ctx.header("X-Forwarded-Proto") : null;
        return "https".equalsIgnoreCase(proto == null ? ctx.scheme() : proto.strip());
    }

    /** The client's address; behind a trusted proxy, the one the proxy saw (the last in X-Forwarded-For). */
    private String client(Context ctx) {
        String forwarded = trustProxy ? ctx.header("X-Forwarded-For") : null;
        if (forwarded != null && !forwarded.isBlank()) {
            List<String> hops = Arrays.stream(forwarded.split(",")).map(String::strip).toList();
            return hops.get(hops.size() - 1);
        }
        return ctx.req().getRemoteAddr();
    }

    AuditLog audit() {
        return audit;
    }

    /**
     * Changes the accounts file (read afresh) and saves it whole; one change at a time. The
     * change throws IllegalArgumentException, with a message for the admin, to refuse.
     */
    synchronized Accounts change(java.util.function.UnaryOperator<Accounts> change) throws IOException {
        Accounts next = change.apply(Accounts.load(file));
        next.save();
        accounts = next;
        loaded = Files.getLastModifiedTime(file);
        return next;
    }

    /** The accounts, read again when the file has changed (accounts added or tokens issued while the server runs). */
    synchronized Accounts current() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (!modified.equals(loaded)) {
                accounts = Accounts.load(file);
                loaded = modified;
            }
        } catch (IOException e) {
            // keep the accounts last read: a file being replaced or broken by hand must not lock everyone out
            org.slf4j.LoggerFactory.getLogger(AccessControl.class).warn("accounts not reloaded: {}", e.getMessage());
        }
        return accounts;
    }
}
