package org.dossier.brief;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.facts.Fact;
import org.dossier.facts.FactsDocument;

/**
 * Gives every fact without an id one ("F1", "F2", ... by position), so briefs can cite it: facts
 * written by hand (rule examples) carry none; extracted facts have stable ids from {@link org.dossier.facts.FactIds}.
 */
final class MissingFactIds {

    private MissingFactIds() {
    }

    static FactsDocument ensure(FactsDocument doc) {
        List<Fact> facts = doc.facts() == null ? List.of() : doc.facts();
        if (facts.stream().allMatch(f -> f.id() != null)) {
            return doc.facts() == null ? new FactsDocument(doc.schema(), doc.articles(), doc.people(), facts) : doc;
        }
        Set<String> taken = new HashSet<>();
        facts.forEach(f -> taken.add(f.id()));
        List<Fact> out = new ArrayList<>();
        int n = 0;
        for (Fact f : facts) {
            n++;
            if (f.id() != null) {
                out.add(f);
                continue;
            }
            String id = "F" + n;
            while (taken.contains(id)) {
                id = id + "'";
            }
            taken.add(id);
            out.add(new Fact(id, f.type(), f.kind(), f.person(), f.place(), f.date(), f.dateApprox(), f.actor(),
                    f.addressee(), f.term(), f.status(), f.detail(), f.evidence()));
        }
        return new FactsDocument(doc.schema(), doc.articles(), doc.people(), out);
    }
}
