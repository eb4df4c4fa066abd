package org.dossier.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@link #LIMIT} failed logins within {@link #WINDOW} for one
 * name, or from one client, further attempts for that name or from that client are refused until
 * the window has passed, whether the password is right or not, and whether the name exists or not.
 */
public final class LoginThrottle {

    public static final int LIMIT = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean locked(String name, String client) {
        return count("name:" + name) >= LIMIT || count("client:" + client) >= LIMIT;
    }

    public void failed(String name, String client) {
        if (failures.size() > MAX_KEYS) {
            forgetOld(); // guesses at many names must not fill the memory
        }
        record("name:" + name);
        record("client:" + client);
    }

    /** A successful login clears the name's failures (not the client's: one client may try many names). */
    public void succeeded(String name) {
        failures.remove("name:" + name);
    }

    private static final int MAX_KEYS = 10_000;

    private void forgetOld() {
        failures.keySet().removeIf(key -> count(key) == 0);
    }

    private void record(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            while (times.size() > LIMIT) {
                times.removeFirst();
            }
        }
    }

    private int count(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant since = clock.instant().minus(WINDOW);
        synchronized (times) {
            times.removeIf(t -> t.isBefore(since));
            return times.size();
        }
    }
}
