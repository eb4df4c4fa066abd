package org.dossier.brief.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.dossier.facts.FactsDocument;

/**
 * One example case from {@code rules/tests/}: facts in, expected brief items out.
 *
 * @param name     what the case shows ("a later refusal closes a request")
 * @param personId whose brief is checked
 * @param facts    the facts, with defaults filled in
 * @param settings settings that replace those of {@code settings.properties} for this case
 * @param expect   brief fields and the items they must contain, in order
 * @param absent   brief fields and items they must not contain
 * @param counts   brief lists and their exact lengths
 */
public record RuleCase(String name, String personId, FactsDocument facts, Map<String, String> settings,
                       ObjectNode expect, ObjectNode absent, Map<String, Integer> counts) {

    static ObjectNode objectOrEmpty(JsonNode node) {
        return node instanceof ObjectNode o ? o : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }
}
