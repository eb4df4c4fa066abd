package org.dossier.brief;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.dossier.brief.derive.Dates;
import org.dossier.brief.derive.Places;
import org.dossier.facts.ArticleInfo;
import org.dossier.facts.Evidence;
import org.dossier.facts.Fact;
import org.dossier.facts.FactsDocument;
import org.dossier.facts.Person;
import org.dossier.io.Json;

/**
 * Test helper: turns gold files (one per article, people named, no evidence) into a
 * dossier-facts/1 document with invented evidence, merging facts that agree the way the
 * extraction's merge step would (same event told by several articles).
 */
final class GoldFacts {

    private GoldFacts() {
    }

    static FactsDocument load(Path goldDir, String glob) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(goldDir)) {
            files = s.filter(p -> p.getFileName().toString().matches(glob)).sorted().toList();
        }
        List<ArticleInfo> articles = new ArrayList<>();
        Map<String, Person> people = new LinkedHashMap<>();
        List<Fact> facts = new ArrayList<>();
        for (Path f : files) {
            JsonNode gold = Json.MAPPER.readTree(f.toFile());
            String article = gold.path("article").asText();
            boolean inferred = gold.hasNonNull("note");
            articles.add(new ArticleInfo(article, text(gold, "date"), inferred, "Outlet " + article.substring(0, 3),
                    null, null));
            int sentence = 0;
            for (JsonNode n : gold.path("facts")) {
                String name = n.path("person").asText();
                String id = slug(name);
                people.putIfAbsent(id, new Person(id, name, List.of(), null, List.of("detainee")));
                Evidence e = new Evidence(article, sentence, "(sentence " + sentence + " of " + article + ")");
                sentence++;
                Fact fact = new Fact(null, text(n, "type"), text(n, "kind"), id, text(n, "place"), text(n, "date"),
                        null, text(n, "actor"), text(n, "addressee"), text(n, "term"), text(n, "status"),
                        text(n, "detail"), List.of(e));
                merge(facts, fact);
            }
        }
        List<Fact> numbered = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            numbered.add(new Fact("F" + (i + 1), f.type(), f.kind(), f.person(), f.place(), f.date(), f.dateApprox(),
                    f.actor(), f.addressee(), f.term(), f.status(), f.detail(), f.evidence()));
        }
        return new FactsDocument(articles, new ArrayList<>(people.values()), numbered);
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static void merge(List<Fact> facts, Fact fact) {
        for (int i = 0; i < facts.size(); i++) {
            Fact old = facts.get(i);
            if (same(old, fact)) {
                facts.set(i, combine(old, fact));
                return;
            }
        }
        facts.add(fact);
    }

    private static boolean same(Fact a, Fact b) {
        if (!a.person().equals(b.person()) || !a.type().equals(b.type()) || !a.kind().equals(b.kind())
                || !Objects.equals(a.term(), b.term()) || !Objects.equals(a.status(), b.status())
                || !Places.sameOrUnknown(a.place(), b.place())) {
            return false;
        }
        return switch (a.type()) {
            case "custody" -> Dates.agreeOrUnknown(a.date(), b.date());
            case "legal" -> Dates.agree(a.date(), b.date());
            case "diplomatic" -> a.kind().equals("visit") && Dates.agree(a.date(), b.date());
            default -> false;
        };
    }

    private static Fact combine(Fact a, Fact b) {
        Fact sharp = Dates.precision(b.date()) > Dates.precision(a.date()) ? b : a;
        Fact other = sharp == a ? b : a;
        List<Evidence> ev = new ArrayList<>(a.evidence());
        ev.addAll(b.evidence());
        return new Fact(null, a.type(), a.kind(), a.person(), or(sharp.place(), other.place()), sharp.date(), null,
                or(sharp.actor(), other.actor()), or(sharp.addressee(), other.addressee()), a.term(), a.status(),
                or(sharp.detail(), other.detail()), ev);
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
