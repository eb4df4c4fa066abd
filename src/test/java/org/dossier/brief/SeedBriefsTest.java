package org.dossier.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dossier.facts.FactsDocument;
import org.dossier.io.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/** Briefs derived from the seed articles' gold facts (with invented evidence). */
@EnabledIf("goldAvailable")
class SeedBriefsTest {

    static final Path GOLD = Path.of("..", "shared", "corpus", "gold"); // CI clones beside shared/

    static Map<String, Brief> briefs;

    static boolean goldAvailable() {
        return Files.isDirectory(GOLD);
    }

    @BeforeAll
    static void derive() throws Exception {
        FactsDocument doc = GoldFacts.load(GOLD, "00\\d_.*\\.json");
        List<Brief> all = TestRules.deriver().derive(doc);
        briefs = all.stream().collect(Collectors.toMap(b -> b.person().id(), b -> b));
        if (Boolean.getBoolean("dossier.print")) {
            for (Brief b : all) {
                System.out.println(new String(Json.bytes(b)));
            }
        }
    }

    @Test
    void oneBriefPerDetainee() {
        assertEquals(3, briefs.size(), briefs.keySet().toString());
    }

    @Test
    void seleznevCustodyRunsFromTheMaldivesToButner() {
        Brief b = briefs.get("roman-seleznev");
        List<String> places = b.custodyHistory().stream().map(CustodyStay::place).toList();
        assertTrue(places.get(0).contains("Maldives"), places.toString());
        assertTrue(places.get(places.size() - 1).contains("Butner"), places.toString());
        int guam = indexOf(places, "Guam");
        int seattle = indexOf(places, "Seattle");
        assertTrue(0 < guam && guam < seattle && seattle < places.size() - 1, places.toString());
        CustodyStay first = b.custodyHistory().get(0);
        assertEquals("2014-07-05", first.from());
        CustodyStay last = b.custodyHistory().get(places.size() - 1);
        assertEquals(Boolean.TRUE, last.current());
        assertEquals("2022-11-14", last.lastReported());
        assertEquals("in_custody", b.status().value());
        assertTrue(b.currentPlace().place().contains("Butner"));
    }

    @Test
    void seleznevHasOpenTransferAndMedicalRequestsAndAnAlert() {
        Brief b = briefs.get("roman-seleznev");
        List<String> open = b.outstandingRequests().stream().map(RequestItem::kind).toList();
        assertTrue(open.containsAll(List.of("transfer", "medical")), open.toString());
        assertTrue(b.alerts().stream().anyMatch(a -> a.code().equals("medical-request-open")));
        assertNotNull(b.sentence().projectedRelease());
        assertTrue(b.sentence().concurrent());
        assertEquals("2022-11-14", b.lastConsularVisit().date());
        assertEquals(1L, b.lastConsularVisit().daysSince());
    }

    @Test
    void boutAndYaroshenkoExchangeRefusedRepatriationOpen() {
        for (String id : List.of("viktor-bout", "konstantin-yaroshenko")) {
            Brief b = briefs.get(id);
            assertTrue(b.closedRequests().stream().anyMatch(r -> r.kind().equals("exchange")
                    && r.status().equals("refused")), id);
            assertTrue(b.outstandingRequests().stream().anyMatch(r -> r.kind().equals("repatriation")), id);
        }
    }

    @Test
    void everyItemCitesSources() {
        for (Brief b : briefs.values()) {
            int n = b.sources().size();
            b.custodyEvents().forEach(i -> assertTrue(!i.sources().isEmpty() && i.sources().stream().allMatch(s -> s <= n)));
            b.outstandingRequests().forEach(i -> assertTrue(!i.sources().isEmpty()));
            b.alerts().forEach(a -> assertNotNull(a.rule()));
        }
    }

    @Test
    void briefsWrittenAsJsonReadBackEqual(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        List<Path> written = BriefWriter.write(tmp, List.copyOf(briefs.values()));
        assertEquals(3, written.size());
        for (Brief b : briefs.values()) {
            Brief back = Json.read(BriefWriter.fileFor(tmp, b.person().id()), Brief.class);
            assertEquals(b, back);
        }
        assertTrue(BriefWriter.write(tmp, List.copyOf(briefs.values())).isEmpty(), "unchanged briefs are not rewritten");
    }

    private static int indexOf(List<String> places, String word) {
        for (int i = 0; i < places.size(); i++) {
            if (places.get(i).contains(word)) {
                return i;
            }
        }
        return -1;
    }
}
