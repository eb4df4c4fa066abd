package org.dossier.brief.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.facts.ArticleInfo;
import org.dossier.facts.Fact;
import org.dossier.facts.FactsDocument;
import org.dossier.facts.Person;
import org.dossier.io.Json;

/**
 * Reads a case file, filling in what an analyst may leave out: the person (a detainee with id
 * "detainee"), each fact's person and id ("F1", "F2", ...), and evidence (sentence N of the first
 * article, N being the fact's position).
 */
public final class RuleCaseReader {

    static final String DEFAULT_PERSON = "detainee";

    private RuleCaseReader() {
    }

    public static RuleCase read(Path file) throws IOException {
        JsonNode root = Json.MAPPER.readTree(file.toFile());
        if (!(root instanceof ObjectNode)) {
            throw new IOException(file + ": a case is a JSON object");
        }
        List<ArticleInfo> articles = articles(root.path("articles"));
        Person person = person(root.path("person"));
        List<Fact> facts = facts(root.path("facts"), person.id(), articles);
        FactsDocument doc = new FactsDocument(articles, List.of(person), facts);
        String name = root.path("case").asText(file.getFileName().toString());
        return new RuleCase(name, person.id(), doc, stringMap(root.path("settings")),
                RuleCase.objectOrEmpty(root.get("expect")), RuleCase.objectOrEmpty(root.get("absent")),
                intMap(root.path("counts")));
    }

    private static List<ArticleInfo> articles(JsonNode node) throws JsonProcessingException {
        List<ArticleInfo> out = new ArrayList<>();
        int n = 0;
        for (JsonNode a : node) {
            n++;
            ObjectNode o = ((ObjectNode) a).deepCopy();
            if (!o.hasNonNull("id")) {
                o.put("id", "a" + n);
            }
            out.add(Json.MAPPER.treeToValue(o, ArticleInfo.class));
        }
        return out;
    }

    private static Person person(JsonNode node) throws JsonProcessingException {
        ObjectNode o = node instanceof ObjectNode p ? p.deepCopy() : Json.MAPPER.createObjectNode();
        if (!o.hasNonNull("id")) {
            o.put("id", DEFAULT_PERSON);
        }
        if (!o.hasNonNull("name")) {
            o.put("name", o.get("id").asText());
        }
        if (!o.has("roles")) {
            o.putArray("roles").add("detainee");
        }
        return Json.MAPPER.treeToValue(o, Person.class);
    }

    private static List<Fact> facts(JsonNode node, String personId, List<ArticleInfo> articles)
            throws JsonProcessingException {
        List<Fact> out = new ArrayList<>();
        int n = 0;
        for (JsonNode f : node) {
            n++;
            ObjectNode o = ((ObjectNode) f).deepCopy();
            if (!o.hasNonNull("id")) {
                o.put("id", "F" + n);
            }
            if (!o.hasNonNull("person")) {
                o.put("person", personId);
            }
            fillEvidence(o, n, articles);
            out.add(Json.MAPPER.treeToValue(o, Fact.class));
        }
        return out;
    }

    private static void fillEvidence(ObjectNode fact, int n, List<ArticleInfo> articles) {
        if (!fact.has("evidence")) {
            ArrayNode ev = fact.putArray("evidence");
            if (!articles.isEmpty()) {
                ev.addObject().put("article", articles.get(0).id());
            }
        }
        for (JsonNode e : fact.path("evidence")) {
            ObjectNode o = (ObjectNode) e;
            if (!o.has("sentence")) {
                o.put("sentence", n);
            }
            if (!o.has("quote")) {
                o.put("quote", "(fact " + fact.path("id").asText() + ")");
            }
        }
    }

    private static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private static Map<String, Integer> intMap(JsonNode node) {
        Map<String, Integer> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asInt()));
        return out;
    }
}
