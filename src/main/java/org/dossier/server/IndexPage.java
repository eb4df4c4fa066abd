package org.dossier.server;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.dossier.brief.Alert;
import org.dossier.brief.Brief;
import org.dossier.brief.RequestItem;

/** {@code GET /}: the detained people, one row per brief, from the brief models. Every value is HTML-escaped. */
final class IndexPage {

    private static final Template TEMPLATE = compile("index.html.mustache");

    record Row(String id, String name, String aliases, String status, String place, String placeReported,
               List<String> requests, List<AlertLine> alerts, String asOf, String updated) {
    }

    record AlertLine(String severity, String message) {
    }

    record View(List<Row> people, List<String> rulesErrors, String failed, String rulesVersion, String lastRun) {

        boolean hasPeople() {
            return !people.isEmpty();
        }

        boolean hasRulesErrors() {
            return !rulesErrors.isEmpty();
        }
    }

    private IndexPage() {
    }

    /** @param pdfFile where a person's PDF is, for the time it was last rendered */
    static String render(List<Brief> briefs, HealthStatus health, Function<String, Path> pdfFile) {
        List<Row> rows = briefs.stream()
                .sorted(Comparator.comparing((Brief b) -> b.person().name(), Comparator.nullsLast(String::compareTo)))
                .map(b -> row(b, pdfFile.apply(b.person().id())))
                .toList();
        Regeneration last = health.lastRegeneration();
        String failed = last != null && !last.ok() ? last.message() : null;
        String lastRun = last == null ? null
                : last.at().truncatedTo(ChronoUnit.SECONDS) + " (" + last.trigger() + "): " + last.message();
        return TEMPLATE.execute(new View(rows, health.rulesErrors(), failed, health.rulesVersion(), lastRun));
    }

    private static Row row(Brief b, Path pdf) {
        String aliases = b.person().aliases() == null ? null : String.join(", ", b.person().aliases());
        String status = b.status() == null ? "unknown" : b.status().value().replace('_', ' ');
        String place = b.currentPlace() == null ? null : b.currentPlace().place();
        String reported = b.currentPlace() == null ? null : b.currentPlace().lastReported();
        List<String> requests = nullSafe(b.outstandingRequests()).stream().map(IndexPage::request).toList();
        List<AlertLine> alerts = nullSafe(b.alerts()).stream()
                .map((Alert a) -> new AlertLine(a.severity(), a.message())).toList();
        return new Row(b.person().id(), b.person().name(), aliases == null || aliases.isEmpty() ? null : aliases,
                status, place, reported, requests, alerts, b.asOf(), modified(pdf));
    }

    private static String request(RequestItem r) {
        StringBuilder s = new StringBuilder(Objects.toString(r.kind(), "request"));
        if (r.actor() != null) {
            s.append(" (").append(r.actor()).append(')');
        }
        if (r.daysOpen() != null) {
            s.append(", open ").append(r.daysOpen()).append(r.daysOpen() == 1 ? " day" : " days");
        }
        return s.toString();
    }

    private static String modified(Path file) {
        try {
            Instant t = Files.getLastModifiedTime(file).toInstant();
            return t.truncatedTo(ChronoUnit.SECONDS).toString();
        } catch (IOException e) {
            return null;
        }
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static Template compile(String name) {
        Mustache.Compiler compiler = Mustache.compiler().nullValue("").emptyStringIsFalse(true);
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(IndexPage.class.getResourceAsStream(name), name), StandardCharsets.UTF_8)) {
            return compiler.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
