package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dossier.brief.CustodyStay;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class CustodyRouteTest {

    @Test
    void drawsOneBarPerDatedPlaceOnAYearAxis() throws Exception {
        BriefView.Route route = CustodyRoute.draw(TestBriefs.rich().custodyHistory(), "2023-03-20", true).orElseThrow();
        Document svg = parse(route.svg());
        assertEquals(7, svg.getElementsByTagName("rect").getLength(), "one bar per place with a known arrival");
        assertTrue(route.svg().contains(">2016</text>") && route.svg().contains(">2023</text>"), "year ticks");
        assertTrue(route.svg().contains("dates not reported"), "the undated place keeps its row");
        assertTrue(svg.getDocumentElement().getAttribute("alt").startsWith("Custody route in order: 1. Bangkok Remand Prison"));
        assertTrue(route.description().contains("8. Federal Correctional Institution Terminal Island, San Pedro, California (30 Jun 2022 to)"),
                route.description());
    }

    @Test
    void placesWithoutDatesAreListedWithoutAnAxis() throws Exception {
        List<CustodyStay> stays = List.of(new CustodyStay("A <prison> & co", null, null, "r", List.of(), List.of()));
        BriefView.Route route = CustodyRoute.draw(stays, null, true).orElseThrow();
        Document svg = parse(route.svg());
        assertEquals(0, svg.getElementsByTagName("rect").getLength());
        assertEquals(0, svg.getElementsByTagName("line").getLength());
        assertTrue(route.svg().contains("A &lt;prison&gt; &amp; co"));
    }

    @Test
    void noPlacesNoDrawing() {
        assertFalse(CustodyRoute.draw(List.of(), "2023-01-01", true).isPresent());
        assertFalse(CustodyRoute.draw(null, "2023-01-01", true).isPresent());
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
