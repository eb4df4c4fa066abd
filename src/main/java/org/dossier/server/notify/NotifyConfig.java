package org.dossier.server.notify;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.dossier.pipeline.Hashes;

/**
 * The notifications file ({@code serve --notify FILE}), checked: who is told of which briefs'
 * changes, and how. Every problem is one line naming the file.
 *
 * @param outbox        the folder of messages (pending, sent, undelivered)
 * @param baseUrl       the server's address for links in messages, or null
 * @param firstRetry    the wait after a first failure, doubled after each next one
 * @param maxRetry      the longest wait between two attempts
 * @param giveUpAfter   a message still undelivered this long after it was made is set aside as undelivered
 * @param smtp          the mail server, or null without e-mail subscriptions
 */
public record NotifyConfig(Path outbox, String baseUrl, Duration firstRetry, Duration maxRetry, Duration giveUpAfter,
                           Duration connectTimeout, Duration readTimeout, List<Subscription> subscriptions,
                           SmtpServer smtp) {

    /** @param tls starttls, smtps or none */
    public record SmtpServer(String host, int port, String tls, String user, String password, String from) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

    /**
     * Reads and checks {@code file} (YAML, or JSON, which YAML reads too).
     *
     * @param output the server's output folder, under which the outbox is by default
     * @param env    the environment, for secrets and passwords named by variable
     * @throws IllegalArgumentException with one line naming the file and what is wrong
     */
    public static NotifyConfig load(Path file, Path output, Function<String, String> env) {
        NotifyFile raw;
        try {
            raw = YAML.readValue(Files.readString(file, StandardCharsets.UTF_8), NotifyFile.class);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": not found");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": " + describe(e));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage());
        }
        if (raw == null) {
            throw new IllegalArgumentException(file + ": empty; it needs at least one webhook or email subscription");
        }
        try {
            return check(raw, output, env);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ")";
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown setting \"" + u.getPropertyName() + "\"" + within(u) + "; known: " + u.getKnownPropertyIds();
        }
        return e.getOriginalMessage().lines().findFirst().orElse("not YAML or JSON") + where;
    }

    /** Where an unknown setting is: " in webhooks, item 1", or nothing at the top. */
    private static String within(UnrecognizedPropertyException e) {
        List<String> path = new ArrayList<>();
        List<com.fasterxml.jackson.databind.JsonMappingException.Reference> refs = e.getPath();
        for (int i = 0; i < refs.size() - 1; i++) {
            var ref = refs.get(i);
            path.add(ref.getFieldName() != null ? ref.getFieldName() : "item " + (ref.getIndex() + 1));
        }
        return path.isEmpty() ? "" : " in " + String.join(", ", path);
    }

    private static NotifyConfig check(NotifyFile raw, Path output, Function<String, String> env) {
        NotifyFile.Retry retry = raw.retry() == null ? new NotifyFile.Retry(null, null, null) : raw.retry();
        NotifyFile.Timeouts timeouts = raw.timeouts() == null ? new NotifyFile.Timeouts(null, null) : raw.timeouts();
        List<Subscription> subscriptions = new ArrayList<>();
        List<NotifyFile.Webhook> webhooks = raw.webhooks() == null ? List.of() : raw.webhooks();
        for (int i = 0; i < webhooks.size(); i++) {
            subscriptions.add(webhook(webhooks.get(i), "webhook " + (i + 1), env));
        }
        List<NotifyFile.Email> emails = raw.email() == null ? List.of() : raw.email();
        SmtpServer smtp = emails.isEmpty() ? null : smtp(raw.smtp(), env);
        for (int i = 0; i < emails.size(); i++) {
            subscriptions.add(email(emails.get(i), "email " + (i + 1), smtp));
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Subscription s : subscriptions) {
            if (!seen.add(s.id())) {
                throw new IllegalArgumentException(s.label() + ": the same " + (s instanceof Subscription.Webhook
                        ? "url" : "addresses") + " as another subscription; name all its people in one");
            }
        }
        if (subscriptions.isEmpty()) {
            throw new IllegalArgumentException("no subscriptions: add a webhook (webhooks:) or an e-mail (email:)");
        }
        Duration first = Durations.parse(retry.first(), Duration.ofSeconds(10), "retry.first");
        Duration max = Durations.parse(retry.max(), Duration.ofHours(1), "retry.max");
        if (first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("retry.first must be above zero and retry.max at least retry.first");
        }
        return new NotifyConfig(raw.outbox() == null ? output.resolve("notifications") : Path.of(raw.outbox()),
                baseUrl(raw.baseUrl()), first, max,
                Durations.parse(retry.giveUpAfter(), Duration.ofDays(3), "retry.giveUpAfter"),
                positive(Durations.parse(timeouts.connect(), Duration.ofSeconds(10), "timeouts.connect"), "connect"),
                positive(Durations.parse(timeouts.read(), Duration.ofSeconds(30), "timeouts.read"), "read"),
                List.copyOf(subscriptions), smtp);
    }

    private static Duration positive(Duration d, String what) {
        if (d.isZero()) {
            throw new IllegalArgumentException("timeouts." + what + " must be above zero: nothing may wait without end");
        }
        return d;
    }

    private static String baseUrl(String url) {
        if (url == null) {
            return null;
        }
        httpUrl(url, "baseUrl");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static Subscription webhook(NotifyFile.Webhook w, String where, Function<String, String> env) {
        if (w.url() == null) {
            throw new IllegalArgumentException(where + ": url missing");
        }
        URI url = httpUrl(w.url(), where + ": url");
        String secret = secret(w.secret(), w.secretEnv(), where, env);
        String label = w.name() != null ? w.name() : where + " (" + url.getHost() + ")";
        return new Subscription.Webhook(Hashes.of("webhook", w.url()).substring(0, 16), label,
                people(w.people(), where), url, secret.getBytes(StandardCharsets.UTF_8));
    }

    private static String secret(String secret, String secretEnv, String where, Function<String, String> env) {
        if (secret != null && secretEnv != null) {
            throw new IllegalArgumentException(where + ": give secret or secretEnv, not both");
        }
        String value = secretEnv != null ? env.apply(secretEnv) : secret;
        if (secretEnv != null && (value == null || value.isBlank())) {
            throw new IllegalArgumentException(where + ": the environment variable " + secretEnv + " (secretEnv) is not set");
        }
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(where + ": secret missing (secret, or secretEnv naming an environment "
                    + "variable): the receiver checks each message's signature with it");
        }
        return value;
    }

    private static URI httpUrl(String text, String what) {
        try {
            URI url = new URI(text);
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && url.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // said below
        }
        throw new IllegalArgumentException(what + ": \"" + text + "\" is not an http or https address");
    }

    private static Subscription email(NotifyFile.Email e, String where, SmtpServer smtp) {
        List<String> to = e.to() == null ? List.of() : e.to().stream().filter(a -> a != null && !a.isBlank()).toList();
        if (to.isEmpty()) {
            throw new IllegalArgumentException(where + ": to missing (one or more addresses)");
        }
        for (String address : to) {
            if (!address.matches("[^@\\s]+@[^@\\s]+")) {
                throw new IllegalArgumentException(where + ": \"" + address + "\" is not an e-mail address");
            }
        }
        String label = e.name() != null ? e.name() : where + " (via " + smtp.host() + ")";
        return new Subscription.Email(Hashes.of("email", String.join(",", to.stream().sorted().toList()))
                .substring(0, 16), label, people(e.people(), where), List.copyOf(to));
    }

    private static People people(List<String> names, String where) {
        List<String> given = names == null ? List.of() : names.stream().filter(n -> n != null && !n.isBlank()).toList();
        if (given.isEmpty()) {
            throw new IllegalArgumentException(where + ": people missing: name the people (ids or names) or write "
                    + "people: all");
        }
        return People.of(given);
    }

    private static SmtpServer smtp(NotifyFile.Smtp s, Function<String, String> env) {
        if (s == null || s.host() == null) {
            throw new IllegalArgumentException("email subscriptions need smtp: with at least host and from");
        }
        if (s.from() == null) {
            throw new IllegalArgumentException("smtp.from missing: the address messages are sent from");
        }
        String tls = s.tls() == null ? "starttls" : s.tls().toLowerCase(Locale.ROOT);
        int port = switch (tls) {
            case "starttls" -> 587;
            case "smtps" -> 465;
            case "none" -> 25;
            default -> throw new IllegalArgumentException("smtp.tls: \"" + s.tls() + "\"; write starttls, smtps or none");
        };
        String password = null;
        if (s.user() != null) {
            if (s.passwordEnv() == null) {
                throw new IllegalArgumentException("smtp.passwordEnv missing: the environment variable that holds "
                        + s.user() + "'s password (never the password itself in this file)");
            }
            password = env.apply(s.passwordEnv());
            if (password == null) {
                throw new IllegalArgumentException("smtp: the environment variable " + s.passwordEnv()
                        + " (passwordEnv) is not set");
            }
        }
        return new SmtpServer(s.host(), s.port() == null ? port : s.port(), tls, s.user(), password, s.from());
    }
}
