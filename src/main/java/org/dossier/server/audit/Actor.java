package org.dossier.server.audit;

/**
 * Who an audited action is by.
 *
 * @param who the account name, or {@code local} / {@code server}
 * @param via session, token (with the token's hash prefix, never the token), local or server
 */
public record Actor(String who, String via) {

    /** Anyone on a server without accounts: it listens on this machine only. */
    public static final Actor LOCAL = new Actor("local", "local");
    /** The server itself: regenerations started by a schedule, a watcher, a start or a request. */
    public static final Actor SERVER = new Actor("server", "server");
}
