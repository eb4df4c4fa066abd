package org.dossier.server.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One line of the audit log: who did what, when.
 *
 * @param who     the account name; {@code local} on a server without accounts; {@code server} for what the
 *                server did by itself (regenerations); for a failed login, the name that was tried
 * @param via     how {@code who} came in: {@code session}, {@code token} (with the token's hash prefix),
 *                {@code local} (a server without accounts) or {@code server}
 * @param kind    one of the constants below
 * @param subject what was acted on: an article id, a rules file, an account name
 * @param summary one line for people
 * @param details the facts of the action (file names, outlet, version numbers, client address)
 * @param diff    for a rules change, the unified diff of the file
 * @param changes for a regeneration, what it changed in each brief
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AuditEntry(Instant at, String who, String via, String kind, String subject, String summary,
                         Map<String, Object> details, String diff, List<PersonChanges> changes) {

    public static final String UPLOAD = "upload";
    public static final String RULES_CHANGE = "rules-change";
    public static final String RULES_RESTORE = "rules-restore";
    public static final String REGENERATION = "regeneration";
    public static final String LOGIN = "login";
    public static final String LOGIN_FAILED = "login-failed";
    public static final String LOGIN_LOCKED = "login-locked";
    public static final String LOGOUT = "logout";
    public static final String ACCOUNT_ADD = "account-add";
    public static final String ACCOUNT_REMOVE = "account-remove";
    public static final String ACCOUNT_ROLE = "account-role";
    public static final String ACCOUNT_TOKEN = "account-token";

    public AuditEntry {
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** An entry without diff or brief changes. */
    public static AuditEntry of(Actor actor, String kind, String subject, String summary, Map<String, Object> details) {
        return new AuditEntry(null, actor.who(), actor.via(), kind, subject, summary, details, null, null);
    }

    public AuditEntry stampedAt(Instant when) {
        return new AuditEntry(when, who, via, kind, subject, summary, details, diff, changes);
    }

    public AuditEntry withDiff(String unified) {
        return new AuditEntry(at, who, via, kind, subject, summary, details, unified, changes);
    }

    public AuditEntry withChanges(List<PersonChanges> byPerson) {
        return new AuditEntry(at, who, via, kind, subject, summary, details, diff, byPerson);
    }

    /** Whether {@code filter} names this kind, or the family it belongs to ("login" matches "login-failed"). */
    public boolean isKind(String filter) {
        return kind != null && (kind.equals(filter) || kind.startsWith(filter + "-"));
    }
}
