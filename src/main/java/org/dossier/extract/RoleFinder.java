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
                for (Object o : s.all()) {
                    if (rules.matches(o.getClass())) { // a fact no rule can match only costs its insertion
                        session.insert(o instanceof PersonLink l ? withPassiveRelative(s.syntax(), l) : o);
                    }
                }
            }
            rules.fire(session, "the people of article " + EventFinder.articleOf(sentences));
            for (Object o : session.getObjects(new org.kie.api.runtime.ClassObjectFilter(RoleEvidence.class))) {
                found.add((RoleEvidence) o);
            }
        } finally {
            session.dispose();
        }
        return found;
    }

    private static final java.util.Set<String> RELATIVE_PRONOUNS = java.util.Set.of("who", "whom", "that", "which");

    /**
     * "Jan Novak, who was jailed in 2019, ...", "Jan Novak, jailed in 2019, ...": a passive
     * clause on the name says what happened to the person, even where the parser has hung it on
     * the name loosely; such a link is given the relation "relcl:pass".
     */
    static PersonLink withPassiveRelative(SentenceSyntax syntax, PersonLink link) {
        if (!link.relation().equals("other")) {
            return link;
        }
        int head = link.mention().head();
        int verb = link.match().head();
        if (head < 0 || head >= syntax.size() || verb < 0 || verb >= syntax.size()) {
            return link;
        }
        boolean relativeClause = syntax.children(head).stream().anyMatch(d -> d.dependent() == verb
                && d.relation().startsWith("acl"));
        boolean looseClause = syntax.children(head).stream().anyMatch(d -> d.dependent() == verb
                && (d.relation().equals("dep") || d.relation().equals("parataxis")));
        if (!relativeClause && !looseClause) {
            return link;
        }
        List<Integer> subjects = syntax.children(verb, "nsubj:pass");
        boolean byPronoun = subjects.stream()
                .anyMatch(x -> RELATIVE_PRONOUNS.contains(syntax.token(x).word().toLowerCase(java.util.Locale.ROOT)));
        boolean passive = !syntax.children(verb, "aux:pass").isEmpty() && (byPronoun || relativeClause
                && subjects.stream().allMatch(x -> x == head));
        boolean participle = relativeClause && syntax.token(verb).pos().equals("VBN") && syntax.children(verb, "nsubj").isEmpty()
                && syntax.children(verb, "aux").isEmpty() && syntax.children(verb, "nsubj:pass").isEmpty();
        return passive || participle ? new PersonLink(link.match(), link.mention(), link.person(), link.role(),
                "relcl:pass", link.distance()) : link;
    }

    /** Each person's roles, strongest first; a detainee role wins when it has the most evidence. */
    public static Map<String, List<String>> decide(List<RoleEvidence> evidence) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (RoleEvidence e : evidence) { // a sentence is one piece of evidence for a role, however many rules saw it
            if (seen.add(e.person() + "\t" + e.role() + "\t" + e.article() + "\t" + e.sentence())) {
                counts.computeIfAbsent(e.person(), k -> new HashMap<>()).merge(e.role(), 1, Integer::sum);
            }
        }
        Map<String, List<String>> roles = new HashMap<>();
        counts.forEach((person, byRole) -> {
            List<String> ordered = new ArrayList<>(byRole.keySet());
            ordered.sort((a, b) -> byRole.get(b) - byRole.get(a));
            int detainee = byRole.getOrDefault("detainee", 0);
            // "his son Sam was sentenced too": a relative of one detainee may be held beside them
            int other = byRole.entrySet().stream().filter(x -> !x.getKey().equals("detainee") && !x.getKey().equals("family"))
                    .mapToInt(Map.Entry::getValue).max().orElse(0);
            if (detainee > 0 && 2 * detainee < other) {
                ordered.remove("detainee");
            }
            roles.put(person, ordered);
        });
        return roles;
    }
}
