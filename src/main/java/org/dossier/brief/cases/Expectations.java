package org.dossier.brief.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares a brief (as JSON) with a case's expectations and says what differs.
 * <ul>
 *   <li>An object matches when every field it gives matches; other fields are ignored.</li>
 *   <li>A list matches when its items are found in the brief's list in the same order; other
 *       items may come between. An empty list means the brief's list must be empty.</li>
 *   <li>A text starting with {@code ~} matches any text that contains the rest
 *       ({@code "~Sintra"}); other values must be equal. {@code null} matches a missing field.</li>
 * </ul>
 */
final class Expectations {

    private Expectations() {
    }

    static List<String> check(JsonNode brief, ObjectNode expect, ObjectNode absent, Map<String, Integer> counts) {
        List<String> failures = new ArrayList<>();
        expect.fields().forEachRemaining(e -> compare(e.getKey(), e.getValue(), brief.get(e.getKey()), failures));
        absent.fields().forEachRemaining(e -> checkAbsent(e.getKey(), e.getValue(), brief.get(e.getKey()), failures));
        counts.forEach((field, n) -> {
            JsonNode list = brief.get(field);
            int size = list == null || !list.isArray() ? 0 : list.size();
            if (size != n) {
                failures.add(field + ": expected " + n + " items, found " + size + " " + brief(list));
            }
        });
        return failures;
    }

    static boolean matches(JsonNode expected, JsonNode actual) {
        List<String> none = new ArrayList<>();
        compare("", expected, actual, none);
        return none.isEmpty();
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> failures) {
        if (expected == null || expected.isNull()) {
            if (actual != null && !actual.isNull()) {
                failures.add(path + ": expected nothing, found " + brief(actual));
            }
        } else if (expected.isObject()) {
            if (actual == null || !actual.isObject()) {
                failures.add(path + ": expected " + expected + ", found " + brief(actual));
                return;
            }
            expected.fields().forEachRemaining(e -> compare(path + "." + e.getKey(), e.getValue(),
                    actual.get(e.getKey()), failures));
        } else if (expected.isArray()) {
            compareList(path, expected, actual, failures);
        } else if (!sameValue(expected, actual)) {
            failures.add(path + ": expected " + expected + ", found " + brief(actual));
        }
    }

    private static void compareList(String path, JsonNode expected, JsonNode actual, List<String> failures) {
        if (actual != null && !actual.isNull() && !actual.isArray()) {
            failures.add(path + ": expected a list, found " + brief(actual));
            return;
        }
        int size = actual == null || actual.isNull() ? 0 : actual.size();
        if (expected.isEmpty()) {
            if (size > 0) {
                failures.add(path + ": expected no items, found " + brief(actual));
            }
            return;
        }
        int at = 0;
        int index = 0;
        for (JsonNode want : expected) {
            while (at < size && !matches(want, actual.get(at))) {
                at++;
            }
            if (at == size) {
                failures.add(path + ": expected item " + (index + 1) + " " + want
                        + (index == 0 ? "" : " after the items before it") + ", found " + brief(actual)
                        + closest(path, want, actual));
                return;
            }
            at++;
            index++;
        }
    }

    /** How the most similar item of the brief's list differs from the wanted one. */
    private static String closest(String path, JsonNode want, JsonNode actual) {
        List<String> best = null;
        int bestIndex = -1;
        for (int i = 0; actual != null && i < actual.size(); i++) {
            List<String> diff = new ArrayList<>();
            compare(path + "[" + i + "]", want, actual.get(i), diff);
            if (best == null || diff.size() < best.size()) {
                best = diff;
                bestIndex = i;
            }
        }
        return best == null || bestIndex < 0 ? "" : "; closest is item " + (bestIndex + 1) + ": " + String.join("; ", best);
    }

    private static void checkAbsent(String field, JsonNode unwanted, JsonNode actual, List<String> failures) {
        if (actual == null || !actual.isArray()) {
            if (!unwanted.isArray() && actual != null && matches(unwanted, actual)) {
                failures.add(field + ": expected not " + unwanted + ", found " + brief(actual));
            }
            return;
        }
        for (JsonNode u : unwanted.isArray() ? unwanted : List.of(unwanted)) {
            for (Iterator<JsonNode> it = actual.elements(); it.hasNext(); ) {
                JsonNode a = it.next();
                if (matches(u, a)) {
                    failures.add(field + ": expected no item like " + u + ", found " + brief(a));
                }
            }
        }
    }

    private static boolean sameValue(JsonNode expected, JsonNode actual) {
        if (actual == null || actual.isNull() || actual.isContainerNode()) {
            return false;
        }
        String want = expected.asText();
        String got = actual.asText();
        if (expected.isTextual() && want.startsWith("~")) {
            return got.contains(want.substring(1));
        }
        return want.equals(got);
    }

    /** A short view of a value for a failure message: lists show only key fields. */
    private static String brief(JsonNode node) {
        if (node == null || node.isNull()) {
            return "nothing";
        }
        String text = node.toString().replaceAll(",\"(rule|facts|sources|quote)\":(\"[^\"]*\"|\\[[^\\]]*\\])", "");
        return text.length() > 400 ? text.substring(0, 400) + "..." : text;
    }
}
