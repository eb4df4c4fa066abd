package org.dossier.server;

import com.samskivert.mustache.Template;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.dossier.server.audit.AuditEntry;
import org.dossier.server.audit.AuditLog;

/**
 * The audit log, for admins ({@link org.dossier.server.auth.AccessControl} lets no one else in):
 *
 * <pre>
 * GET /audit         newest first, filtered by ?who= and ?kind=, rules diffs shown (HTML);
 *                    JSON lines, oldest first, with Accept: application/json
 * GET /audit.jsonl   the same JSON lines
 * </pre>
 */
final class AuditRoutes {

    static final String JSON_LINES = "application/x-ndjson; charset=utf-8";
    private static final Template PAGE = Templates.compile("audit.html.mustache");
    /** Beyond this, the page shows the newest and says how many more the file holds. */
    private static final int SHOWN = 500;

    private final AuditLog log;

    AuditRoutes(AuditLog log) {
        this.log = log;
    }

    void page(Context ctx) throws IOException {
        String accept = Optional.ofNullable(ctx.header("Accept")).orElse("");
        if (accept.contains("application/json") && !accept.contains("text/html")) {
            lines(ctx);
            return;
        }
        String who = blankToNull(ctx.queryParam("who"));
        String kind = blankToNull(ctx.queryParam("kind"));
        AuditLog.Contents contents = log.read();
        List<AuditEntry> shown = AuditLog.newestFirst(contents.entries(), who, kind);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("file", log.file().toString());
        model.put("whos", options(contents.entries().stream().map(AuditEntry::who).toList(), who));
        model.put("kinds", options(contents.entries().stream().map(AuditEntry::kind).toList(), kind));
        model.put("count", shown.size() + (shown.size() == 1 ? " entry" : " entries")
                + (shown.size() > SHOWN ? ", the newest " + SHOWN + " shown" : ""));
        model.put("unreadable", contents.unreadable());
        model.put("entries", shown.stream().limit(SHOWN).map(AuditRoutes::view).toList());
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(PAGE.execute(model));
    }

    /** The entries as JSON lines, oldest first, filtered like the page. */
    void lines(Context ctx) throws IOException {
        String who = blankToNull(ctx.queryParam("who"));
        String kind = blankToNull(ctx.queryParam("kind"));
        List<AuditEntry> entries = log.read().entries();
        StringBuilder out = new StringBuilder();
        for (AuditEntry e : entries) {
            if ((who == null || who.equals(e.who())) && (kind == null || e.isKind(kind))) {
                out.append(AuditLog.line(e)).append('\n');
            }
        }
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(JSON_LINES);
        ctx.result(out.toString());
    }

    private static Map<String, Object> view(AuditEntry e) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("kind", e.kind());
        v.put("summary", e.summary());
        v.put("at", e.at() == null ? "" : e.at().toString());
        v.put("who", e.who());
        v.put("via", e.via());
        v.put("subject", e.subject());
        List<Map<String, String>> details = new ArrayList<>();
        e.details().forEach((key, value) -> details.add(Map.of("key", key, "value", String.valueOf(value))));
        v.put("hasDetails", !details.isEmpty());
        v.put("details", details);
        v.put("people", e.changes().stream().map(p -> Map.of("name", p.name() == null ? "" : p.name(),
                "person", p.person(), "lines", p.changes())).toList());
        v.put("hasDiff", e.diff() != null && !e.diff().isEmpty());
        v.put("diffLines", e.diff() == null ? List.of() : e.diff().lines().map(AuditRoutes::diffLine).toList());
        return v;
    }

    private static Map<String, String> diffLine(String line) {
        String css = line.startsWith("+++") || line.startsWith("---") ? "meta"
                : line.startsWith("+") ? "added" : line.startsWith("-") ? "removed" : line.startsWith("@@") ? "meta" : "";
        return Map.of("css", css, "text", line);
    }

    private static List<Map<String, Object>> options(List<String> values, String selected) {
        return new TreeSet<>(values.stream().filter(java.util.Objects::nonNull).toList()).stream()
                .map(v -> Map.<String, Object>of("value", v, "selected", v.equals(selected))).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
