package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.dossier.brief.Alert;
import org.dossier.brief.Brief;
import org.dossier.brief.CurrentPlace;
import org.dossier.brief.Derived;
import org.dossier.brief.PersonSummary;
import org.dossier.brief.RequestItem;
import org.junit.jupiter.api.Test;

/** The index page shows what the brief models say, with every value escaped. */
class IndexPageTest {

    static Brief brief(String id, String name, String place) {
        return new Brief(Brief.SCHEMA, new PersonSummary(id, name, null, List.of()), "2021-06-10",
                new Derived("in_custody", "r", List.of(), List.of()),
                new CurrentPlace(place, "2021-06-08", "r", List.of(), List.of()), null, null, null, null, null, null,
                List.of(new RequestItem("access", "Czech embassy", null, null, "open", "2021-03-04", null, 98L, "r",
                        List.of(), List.of())),
                null, null, null, null, null, null,
                List.of(new Alert("no-consular-visit-reported", "info", "No visit <reported>", "r", List.of(),
                        List.of())),
                null, null);
    }

    static HealthStatus health(List<String> rulesErrors) {
        return new HealthStatus("ok", "abc", new Regeneration(Instant.EPOCH, "startup", true, "1 brief, 1 rendered", 1,
                List.of("jan-novak"), List.of(), 5), rulesErrors.isEmpty() ? null : rulesErrors.get(0), rulesErrors,
                false, 1);
    }

    @Test
    void eachPersonIsARowWithStatusPlaceRequestsAlertsAndLinks() {
        String html = IndexPage.render(List.of(brief("jan-novak", "Jan Novak", "Lisbon Central Prison")),
                health(List.of()), id -> Path.of("/nonexistent", id + ".pdf"));
        assertTrue(html.contains(">Jan Novak<"), html);
        assertTrue(html.contains("<td class=\"status\" data-sort=\"unknown\">unknown</td>"), "no case status decided: " + html);
        assertTrue(html.contains("Lisbon Central Prison<div class=\"meta\">reported 2021-06-08</div>"), html);
        assertTrue(html.contains("<li>access (Czech embassy), asked 2021-03-04</li>"), html);
        assertTrue(html.contains("href=\"/briefs/jan-novak.pdf\"") && html.contains("href=\"/briefs/jan-novak.json\""));
        assertFalse(html.contains("The rules folder has errors"));
    }

    @Test
    void valuesFromArticlesAreEscaped() {
        String html = IndexPage.render(List.of(brief("x", "<script>alert(1)</script>", "A & B \"Prison\"")),
                health(List.of("rules/derive/status.drl:12:4: <bad>")), id -> Path.of(id));
        assertFalse(html.contains("<script>alert(1)"), html);
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script>alert(1)"), "also in the search attribute");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("A &amp; B &quot;Prison&quot;"), html);
        assertTrue(html.contains("No visit &lt;reported&gt;"), html);
        assertTrue(html.contains("rules/derive/status.drl:12:4: &lt;bad&gt;"), html);
    }
}
