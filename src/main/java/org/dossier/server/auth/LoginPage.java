package org.dossier.server.auth;

import io.javalin.http.Context;
import org.jsoup.nodes.Entities;

/** The login form; the same page for every refusal, so that it never tells whether a name has an account. */
final class LoginPage {

    private LoginPage() {
    }

    static void send(Context ctx, int status, String next, String problem) {
        ctx.status(status);
        ctx.contentType("text/html; charset=utf-8");
        ctx.header("Cache-Control", "no-store");
        ctx.result("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Log in · Dossier</title>
                <style>body{font-family:sans-serif;max-width:24em;margin:4em auto}label{display:block;margin:.6em 0}
                input{width:100%%;padding:.3em}.problem{color:#a00}</style></head>
                <body><h1>Dossier</h1>
                %s<form method="post" action="/login">
                <input type="hidden" name="next" value="%s">
                <label>Name <input name="name" autocomplete="username" required autofocus></label>
                <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
                <button type="submit">Log in</button>
                </form></body></html>
                """.formatted(problem == null ? "" : "<p class=\"problem\" id=\"problem\">" + Entities.escape(problem) + "</p>\n",
                Entities.escape(next)));
    }
}
