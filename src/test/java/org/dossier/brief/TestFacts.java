package org.dossier.brief;

import java.util.ArrayList;
import java.util.List;
import org.dossier.facts.ArticleInfo;
import org.dossier.facts.Evidence;
import org.dossier.facts.Fact;
import org.dossier.facts.FactsDocument;
import org.dossier.facts.Person;

/** Builds a facts document for one detainee ("p") in a test, fact by fact. */
final class TestFacts {

    static final String PERSON = "p";

    private final List<ArticleInfo> articles = new ArrayList<>();
    private final List<Spec> specs = new ArrayList<>();

    /** One fact being built; evidence defaults to the first article. */
    final class Spec {
        private final String type;
        private final String kind;
        private String place;
        private String date;
        private String actor;
        private String addressee;
        private String term;
        private String status;
        private String detail;
        private final List<String> in = new ArrayList<>();

        Spec(String type, String kind) {
            this.type = type;
            this.kind = kind;
        }

        Spec place(String v) { place = v; return this; }
        Spec date(String v) { date = v; return this; }
        Spec actor(String v) { actor = v; return this; }
        Spec addressee(String v) { addressee = v; return this; }
        Spec term(String v) { term = v; return this; }
        Spec status(String v) { status = v; return this; }
        Spec detail(String v) { detail = v; return this; }

        /** Reported by these articles (one sentence each). */
        Spec in(String... articleIds) {
            in.addAll(List.of(articleIds));
            return this;
        }
    }

    TestFacts article(String id, String date, String outlet) {
        articles.add(new ArticleInfo(id, date, false, outlet, null, null));
        return this;
    }

    Spec fact(String type, String kind) {
        Spec s = new Spec(type, kind);
        specs.add(s);
        return s;
    }

    FactsDocument build() {
        List<Fact> facts = new ArrayList<>();
        int n = 0;
        for (Spec s : specs) {
            n++;
            List<Evidence> ev = new ArrayList<>();
            List<String> from = s.in.isEmpty() ? List.of(articles.get(0).id()) : s.in;
            for (String a : from) {
                ev.add(new Evidence(a, n, "sentence of fact F" + n + " in " + a));
            }
            facts.add(new Fact("F" + n, s.type, s.kind, PERSON, s.place, s.date, null, s.actor, s.addressee, s.term,
                    s.status, s.detail, ev));
        }
        Person p = new Person(PERSON, "A. Person", List.of(), "Nowhere", List.of("detainee"));
        return new FactsDocument(articles, List.of(p), facts);
    }

    Brief brief() throws Exception {
        return TestRules.deriver().derive(build()).get(0);
    }

    Brief brief(BriefDeriver deriver) {
        return deriver.derive(build()).get(0);
    }
}
