package org.dossier.brief;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.brief.derive.Citation;
import org.dossier.concurrent.InOrder;
import org.dossier.facts.ArticleInfo;
import org.dossier.facts.Evidence;
import org.dossier.facts.Fact;
import org.dossier.facts.FactsDocument;
import org.dossier.facts.Person;
import org.dossier.rules.CompiledRules;
import org.dossier.rules.RuleBook;
import org.dossier.rules.RuleRunException;
import org.dossier.rules.RulesException;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Derives one {@link Brief} per detained person from a facts document with the rules of
 * {@code rules/derive}. Java only inserts facts and collects what the rules decided; see
 * {@code docs/editing-rules.md} for the rules' vocabulary.
 *
 * <pre>
 * BriefDeriver deriver = BriefDeriver.load(Path.of("rules/derive"));
 * List&lt;Brief&gt; briefs = deriver.derive(factsDocument);
 * BriefWriter.write(Path.of("output"), briefs);
 * </pre>
 */
public final class BriefDeriver {

    private final RuleBook rules;
    private final Settings settings;

    public BriefDeriver(RuleBook rules, Settings settings) {
        this.rules = rules;
        this.settings = settings;
    }

    /** Compiles the rules of a derive folder and reads its {@code settings.properties}. */
    public static BriefDeriver load(Path deriveDir) throws IOException, RulesException {
        return load(deriveDir, CompiledRules.NONE);
    }

    /** As {@link #load(Path)}, the rules read from {@code compiled} when their files were compiled before. */
    public static BriefDeriver load(Path deriveDir, CompiledRules compiled) throws IOException, RulesException {
        RuleBook book = RuleBook.load(deriveDir, compiled);
        return new BriefDeriver(book, Settings.load(deriveDir.resolve(Settings.FILE)));
    }

    public Settings settings() {
        return settings;
    }

    /** The compiled rules, for running the rule examples with the very rules that derive the briefs. */
    public RuleBook rules() {
        return rules;
    }

    /**
     * One brief per person whose roles include detainee, in the document's order of people.
     * Each person's brief is derived in a session of its own, so they are derived on as many
     * threads as there are processors.
     */
    public List<Brief> derive(FactsDocument document) {
        FactsDocument doc = MissingFactIds.ensure(document);
        Map<String, List<Fact>> byPerson = new HashMap<>();
        doc.facts().forEach(f -> byPerson.computeIfAbsent(f.person(), k -> new ArrayList<>()).add(f));
        Map<String, ArticleInfo> articles = articles(doc);
        List<Person> detainees = doc.people().stream().filter(Person::isDetainee).toList();
        return InOrder.map(detainees, InOrder.processors(), "derive",
                p -> derive(p, byPerson.getOrDefault(p.id(), List.of()), articles));
    }

    /** The brief of one person. */
    public Brief derive(FactsDocument document, Person person) {
        FactsDocument doc = MissingFactIds.ensure(document);
        List<Fact> facts = doc.facts().stream().filter(f -> person.id().equals(f.person())).toList();
        return derive(person, facts, articles(doc));
    }

    private static Map<String, ArticleInfo> articles(FactsDocument doc) {
        Map<String, ArticleInfo> articles = new LinkedHashMap<>();
        if (doc.articles() != null) {
            doc.articles().forEach(a -> articles.put(a.id(), a));
        }
        return articles;
    }

    private Brief derive(Person person, List<Fact> facts, Map<String, ArticleInfo> articles) {
        KieSession session = rules.newSession();
        Audit audit = new Audit();
        session.addEventListener((AgendaEventListener) audit);
        session.addEventListener((RuleRuntimeEventListener) audit);
        try {
            insertAll(session, person, facts, articles);
            fire(session, person);
            Collection<?> objects = new ArrayList<>(session.getObjects());
            return new BriefAssembler(person, facts, articles, audit, objects).assemble();
        } finally {
            // sessions go back to a pool (RuleBook): the next person's must not report to this audit
            session.removeEventListener((AgendaEventListener) audit);
            session.removeEventListener((RuleRuntimeEventListener) audit);
            session.dispose();
        }
    }

    private void insertAll(KieSession session, Person person, List<Fact> facts, Map<String, ArticleInfo> articles) {
        session.insert(person);
        settings.asFacts().forEach(session::insert);
        Set<String> cited = new LinkedHashSet<>();
        for (Fact f : facts) {
            session.insert(f);
            for (Evidence e : f.evidence() == null ? List.<Evidence>of() : f.evidence()) {
                ArticleInfo a = articles.get(e.article());
                String outlet = outlet(a, e.article());
                String source = a != null && a.sameStoryAs() != null && articles.containsKey(a.sameStoryAs())
                        ? outlet(articles.get(a.sameStoryAs()), a.sameStoryAs()) : outlet;
                session.insert(new Citation(f.id(), e.article(), e.sentence(), outlet, a == null ? null : a.date(),
                        source));
                cited.add(e.article());
            }
        }
        cited.stream().map(articles::get).filter(a -> a != null).forEach(session::insert);
    }

    /** The article's outlet; an article whose outlet is unknown counts as an outlet of its own. */
    private static String outlet(ArticleInfo a, String id) {
        return a != null && a.outlet() != null && !a.outlet().isBlank() ? a.outlet() : "article " + id;
    }

    private void fire(KieSession session, Person person) {
        try {
            rules.fire(session, "person " + person.id());
        } catch (ConsequenceException e) {
            throw new DerivationException("rule \"" + e.getMatch().getRule().getName() + "\" failed for "
                    + person.id() + ": " + e.getCause(), e);
        } catch (RuleRunException e) {
            throw new DerivationException(e.getMessage());
        }
    }
}
