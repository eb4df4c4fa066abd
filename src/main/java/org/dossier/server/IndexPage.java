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
import java.net.URLEncoder;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.dossier.caseload.Caseload;
import org.dossier.caseload.CaseloadRow;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.dossier.brief.Alert;
import org.dossier.brief.Brief;
import org.dossier.brief.BriefItem;
import org.dossier.brief.CustodyStay;
import org.dossier.brief.ProjectedRelease;
import org.dossier.brief.RequestItem;

/**
 * {@code GET /}: the caseload, one row per detainee with the case status, the days counted to the
 * caseload's date, the current place, alerts and the last change; filtered and sorted by the query
 * ({@link CaseloadQuery}) on the server, and again in the browser by a small inline script without
 * a reload; below it, a form that adds an article (pasted or a file) for those who may. Every value
 * is HTML-escaped.
 */
final class IndexPage {

    private static final Template TEMPLATE = compile("index.html.mustache");

    private static final List<Header> HEADERS = List.of(new Header("name", "Name", false),
            new Header("nationality", "Nationality", false), new Header("status", "Status", false),
            new Header("country", "Country", false), new Header("place", "Current place", false),
            new Header("custody", "Days in custody", true), new Header("visit", "Days since visit", true),
            new Header("report", "Days since report", true), new Header("request", "Oldest open request", true),
            new Header("release", "Projected release", false),
            new Header("alerts", "Alerts", true), new Header("change", "Last change", false));

    record Row(String id, String name, String aliases, String nationality, String status, String country,
               String place, String placeReported, List<String> requests, List<AlertLine> alerts, String asOf,
               String updated, CaseloadRow caseload, String places) {

        String custody() {
            Long d = caseload.daysInCustody();
            return d == null ? null : (caseload.daysInCustodyAtLeast() ? "≥ " : "") + d;
        }

        /** "2041-07-05", "about 2033", "2041-07-05 to 2055-07-05"; null when the rules made no estimate. */
        String release() {
            return caseload.projectedRelease() == null ? null
                    : new ProjectedRelease(caseload.projectedRelease(), caseload.projectedReleaseApproximate()).text();
        }

        boolean hasRequests() {
            return !requests.isEmpty();
        }

        boolean hasAlerts() {
            return !alerts.isEmpty();
        }

        /** How many alerts are high, or null for none (no badge). */
        Integer highAlerts() {
            return caseload.highAlerts() == 0 ? null : caseload.highAlerts();
        }

        /** Alerts sort by how many are high, then by how many in all. */
        int alertRank() {
            return caseload.highAlerts() * 1000 + caseload.alerts();
        }

        String searchText() {
            return String.join(" ", Stream.of(name, aliases, place, places, country, nationality)
                    .filter(Objects::nonNull).toList()).toLowerCase(Locale.ROOT);
        }
    }

    record AlertLine(String severity, String message) {
    }

    record Header(String key, String label, boolean numeric) {
    }

    /** A column head: a link that sorts by it (the other way when it is the current sort). */
    record Head(String key, String label, String href, String ariaSort, boolean numeric) {
    }

    record Option(String value, String label, boolean selected) {
    }

    /**
     * The form that adds an article: after an upload, the article ({@code added}) and the people it
     * tells of; after a refusal, the reason and what was typed, to correct and send again.
     */
    record UploadForm(String error, String text, String outlet, String date, String headline, String added,
                      boolean again, List<Named> people) {

        static final UploadForm EMPTY = new UploadForm(null, null, null, null, null, null, false, List.of());

        UploadForm withError(String message) {
            return new UploadForm(message, text, outlet, date, headline, null, false, List.of());
        }

        boolean hasPeople() {
            return !people.isEmpty();
        }
    }

    /** A person an added article tells of; {@code brief} when they have one. */
    record Named(String id, String name, boolean brief) {
    }

    record View(List<Row> people, int total, String asOf, List<Head> heads, List<Option> statuses,
                List<Option> nationalities, List<Option> countries, List<Option> alertChoices, String q,
                List<String> rulesErrors, String failed, String rulesVersion, String lastRun, UploadForm upload,
                boolean canUpload) {

        boolean hasPeople() {
            return total > 0;
        }

        boolean hasRulesErrors() {
            return !rulesErrors.isEmpty();
        }

        int shown() {
            return people.size();
        }
    }

    private IndexPage() {
    }

    static String render(List<Brief> briefs, HealthStatus health, Function<String, Path> pdfFile) {
        return render(briefs, health, pdfFile, CaseloadQuery.NONE);
    }

    static String render(List<Brief> briefs, HealthStatus health, Function<String, Path> pdfFile, CaseloadQuery query) {
        return render(briefs, health, pdfFile, query, UploadForm.EMPTY, true);
    }

    /** @param pdfFile where a person's PDF is, for the time it was last rendered */
    static String render(List<Brief> briefs, HealthStatus health, Function<String, Path> pdfFile, CaseloadQuery query,
                         UploadForm upload, boolean canUpload) {
        Caseload caseload = Caseload.of(briefs);
        Map<String, CaseloadRow> byId = new HashMap<>();
        caseload.rows().forEach(r -> byId.put(r.id(), r));
        List<Row> all = briefs.stream().filter(b -> b.person() != null && byId.containsKey(b.person().id()))
                .map(b -> row(b, byId.get(b.person().id()), pdfFile.apply(b.person().id()))).toList();
        Regeneration last = health.lastRegeneration();
        String failed = last != null && !last.ok() ? last.message() : null;
        String lastRun = last == null ? null
                : last.at().truncatedTo(ChronoUnit.SECONDS) + " (" + last.trigger() + "): " + last.message();
        return TEMPLATE.execute(new View(query.apply(all), all.size(), caseload.asOf(), heads(query),
                options(all, r -> r.caseload().status(), query.status()),
                options(all, Row::nationality, query.nationality()), options(all, Row::country, query.country()),
                List.of(new Option("any", "with alerts", "any".equals(query.alerts())),
                        new Option("high", "with high alerts", "high".equals(query.alerts()))),
                query.q(), health.rulesErrors(), failed, health.rulesVersion(), lastRun, upload, canUpload));
    }

    private static List<Head> heads(CaseloadQuery query) {
        return HEADERS.stream().map(h -> {
            boolean current = h.key().equals(query.sort());
            boolean nextDescending = current ? !query.descending() : h.numeric();
            String href = "?sort=" + h.key() + (nextDescending ? "&dir=desc" : "") + filters(query);
            String aria = current ? (query.descending() ? "descending" : "ascending") : null;
            return new Head(h.key(), h.label(), href, aria, h.numeric());
        }).toList();
    }

    private static String filters(CaseloadQuery q) {
        StringBuilder s = new StringBuilder();
        Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put("q", q.q());
        params.put("status", q.status());
        params.put("nationality", q.nationality());
        params.put("country", q.country());
        params.put("alerts", q.alerts());
        params.forEach((k, v) -> {
            if (v != null) {
                s.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return s.toString();
    }

    private static List<Option> options(List<Row> rows, Function<Row, String> value, String selected) {
        return rows.stream().map(value).filter(Objects::nonNull).distinct().sorted()
                .map(v -> new Option(v, v.replace('_', ' '), v.equals(selected))).toList();
    }

    /** Names other than the one shown: "Novak" alone says nothing beside "Jan Novak". */
    private static String otherNames(String name, List<String> aliases) {
        if (aliases == null) {
            return null;
        }
        List<String> words = List.of(name.split("\\s+"));
        return String.join(", ", aliases.stream().filter(a -> !words.contains(a) && !a.equals(name)).toList());
    }

    private static Row row(Brief b, CaseloadRow c, Path pdf) {
        String aliases = otherNames(c.name(), b.person().aliases());
        String reported = b.currentPlace() == null ? null : b.currentPlace().lastReported();
        List<String> requests = nullSafe(b.outstandingRequests()).stream().map(IndexPage::request).toList();
        List<AlertLine> alerts = nullSafe(b.alerts()).stream()
                .map((Alert a) -> new AlertLine(a.severity(), a.message())).toList();
        return new Row(c.id(), c.name(), aliases == null || aliases.isEmpty() ? null : aliases, c.nationality(),
                c.status().replace('_', ' '), c.countryOfDetention(), c.currentPlace(), reported, requests, alerts,
                b.asOf(), modified(pdf), c, places(b));
    }

    /** Every place of custody the brief names, for the search. */
    private static String places(Brief b) {
        return Stream.concat(nullSafe(b.custodyHistory()).stream().map(CustodyStay::place),
                        nullSafe(b.custodyEvents()).stream().map(BriefItem::place))
                .filter(Objects::nonNull).distinct().collect(java.util.stream.Collectors.joining(" "));
    }

    /** A request as the page lists it: its days are in the column, counted to the caseload's date. */
    private static String request(RequestItem r) {
        StringBuilder s = new StringBuilder(Objects.toString(r.kind(), "request"));
        if (r.actor() != null) {
            s.append(" (").append(r.actor()).append(')');
        }
        if (r.firstAsked() != null) {
            s.append(", asked ").append(r.firstAsked());
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
