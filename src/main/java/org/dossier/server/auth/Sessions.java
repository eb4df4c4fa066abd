package org.dossier.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The sessions of people logged in, in memory (a restart logs everyone out), by hashed session id. */
public final class Sessions {

    public static final Duration LIFETIME = Duration.ofHours(12);

    private final Clock clock;
    private final Map<String, Session> byId = new ConcurrentHashMap<>();

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    /** Opens a session and returns its id, for the cookie. */
    public String open(Account account) {
        byId.values().removeIf(s -> s.expires().isBefore(clock.instant()));
        String id = Secrets.newToken();
        byId.put(Secrets.hashToken(id), new Session(account.name(), account.role(), Secrets.newToken(),
                clock.instant().plus(LIFETIME)));
        return id;
    }

    public Optional<Session> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        Session s = byId.get(Secrets.hashToken(id));
        return s == null || s.expires().isBefore(clock.instant()) ? Optional.empty() : Optional.of(s);
    }

    public void close(String id) {
        if (id != null) {
            byId.remove(Secrets.hashToken(id));
        }
    }
}
