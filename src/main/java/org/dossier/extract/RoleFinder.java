package org.dossier.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.rules.RuleBook;
import org.kie.api.runtime.KieSession;

/**
 * Runs the people rules ({@code rules/people}) over every sentence and decides each person's
 * roles: detainee when the rules found them in custody or before a court more often than in
 * another role.
 */
public final class RoleFinder {

    private final RuleBook rules;

    public RoleFinder(RuleBook rules) {
        this.rules = rules;
    }

    public List<RoleEvidence> evidence(List<SentenceFacts> sentences) {
        List<RoleEvidence> found = new ArrayList<>();
        KieSession session = rules.newSession();
        try {
            for (SentenceFacts s : sentences) {
                s.all().forEach(session::insert);
            }
            rules.fire(session, "the people of article " + EventFinder.articleOf(sentences));
            for (Object o : session.getObjects(o -> o instanceof RoleEvidence)) {
                found.add((RoleEvidence) o);
            }
        } finally {
            session.dispose();
        }
        return found;
    }

    /** Each person's roles, strongest first; a detainee role wins when it has the most evidence. */
    public static Map<String, List<String>> decide(List<RoleEvidence> evidence) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (RoleEvidence e : evidence) {
            counts.computeIfAbsent(e.person(), k -> new HashMap<>()).merge(e.role(), 1, Integer::sum);
        }
        Map<String, List<String>> roles = new HashMap<>();
        counts.forEach((person, byRole) -> {
            List<String> ordered = new ArrayList<>(byRole.keySet());
            ordered.sort((a, b) -> byRole.get(b) - byRole.get(a));
            int detainee = byRole.getOrDefault("detainee", 0);
            int other = byRole.entrySet().stream().filter(x -> !x.getKey().equals("detainee"))
                    .mapToInt(Map.Entry::getValue).max().orElse(0);
            if (detainee > 0 && detainee < other) {
                ordered.remove("detainee");
            }
            roles.put(person, ordered);
        });
        return roles;
    }
}
