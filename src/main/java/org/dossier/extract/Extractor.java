package org.dossier.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dossier.concurrent.InOrder;
import org.dossier.facts.Evidence;
import org.dossier.facts.CountryNames;
import org.dossier.facts.Fact;
import org.dossier.facts.Person;
import org.dossier.nlp.AnnotatedArticle;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;
import org.dossier.rules.RuleRunException;

/**
 * Articles to facts: lexicon phrases, dates, places and people are found in each sentence,
 * the people rules decide who is detained, and the event rules decide what each sentence
 * reports about them; slots are then filled from the words around each trigger.
 */
public final class Extractor {

    private static final Set<String> JAVA_LEXICONS = Set.of("place-names", "nationalities", "occupations");

    private final ExtractionRules rules;
    private final PhraseMatcher matcher;
    /** Nouns for a person that neither the tagger's titles nor WordNet give (rules/lexicon/occupations.csv). */
    private final Set<String> occupations;
    private final PlaceFinder places;
    private final SlotFiller slots = new SlotFiller();
    private final HeldObservations held;
    /** Whether the people rules can match a {@link CueLink}; when not, none are made for them. */
    private final boolean peopleSeeCues;
    /** Role words that never describe a detainee ("the ambassador", "the mother"). */
    private final Set<String> otherRoles;
    /** One-word custody triggers ("detain", "jail"): a lawyer or a diplomat they describe is held. */
    private final Set<String> custodyWords;
    /** Per article, the year its narrative had reached before each sentence. */
    private final Map<String, List<Integer>> narrativeYears = new java.util.concurrent.ConcurrentHashMap<>();

    /** Receives what the rules saw and decided for each article, for {@code dossier facts --explain}. */
    @FunctionalInterface
    public interface Explainer {
        void accept(String article, List<SentenceFacts> sentences, List<Event> events, List<RoleEvidence> roles);
    }

    /** Explains nothing: the sentences and events of each article are then not kept. */
    public static final Explainer NONE = (article, sentences, events, roles) -> { };

    private Explainer explain = NONE;
    private int threads = InOrder.processors();

    public Extractor explainingWith(Explainer explainer) {
        this.explain = explainer;
        return this;
    }

    /** Extracts on this many threads (default: one per processor); the result is the same on any number. */
    public Extractor onThreads(int threads) {
        this.threads = Math.max(1, threads);
        return this;
    }

    public Extractor(ExtractionRules rules) {
        this.rules = rules;
        // the countries lexicon gives short and older forms; the world's countries come from the JDK
        Set<String> countries = new java.util.HashSet<>(rules.lexicon().words("countries"));
        List<LexiconEntry> entries = new ArrayList<>(rules.lexicon().entries().stream()
                .filter(e -> !JAVA_LEXICONS.contains(e.lexicon())).toList());
        for (String country : CountryNames.all()) {
            if (countries.add(country)) {
                entries.add(new LexiconEntry("countries", List.of(country.split(" ")), List.of(), "java.util.Locale", 0));
            }
        }
        this.matcher = new PhraseMatcher(entries);
        Map<String, String> names = new HashMap<>();
        rules.lexicon().entries("place-names").forEach(e -> names.put(String.join(" ", e.phrase()), e.label(0)));
        this.held = new HeldObservations(countries, rules.lexicon().words("facilities"));
        // "the ambassador in Moscow" is told where the ambassador is; "visiting family in X" where the visit was
        Set<String> titles = rules.lexicon().phrasesWhere("roles", "role", role -> !role.equals("family") && !role.equals("detainee"));
        this.places = new PlaceFinder(rules.lexicon().words("facilities"), names, titles)
                .withCustodians(rules.lexicon().words("custodians")).withSites(rules.lexicon().labels("sites", "kind"));
        this.peopleSeeCues = rules.people().matches(CueLink.class);
        this.occupations = rules.lexicon().words("occupations");
        this.otherRoles = rules.lexicon().phrasesWhere("roles", "role", role -> !role.equals("other") && !role.equals("detainee"));
        this.custodyWords = rules.lexicon().phrasesWhere("triggers", "type", "custody"::equals).stream()
                .filter(phrase -> !phrase.contains(" ")).collect(Collectors.toSet());
    }

    /**
     * The people found and the facts each article reports, not yet merged across articles; and
     * the articles on which the rules did not settle, each with the error that names the rule.
     */
    public record Result(List<Person> people, List<Fact> facts, List<Unfinished> unfinished) {

        public Result(List<Person> people, List<Fact> facts) {
            this(people, facts, List.of());
        }
    }

    /** An article the extraction rules could not finish: no facts are taken from it. */
    public record Unfinished(AnnotatedArticle article, String message) {
    }

    /**
     * One article's sentences read once, its phrase matches by sentence, what the people rules found
     * in it, and the descriptions of people its sentences give (see {@link #resolver}).
     */
    private record Matched(AnnotatedArticle article, List<SentenceSyntax> syntax, List<List<PhraseMatch>> matches,
                           List<RoleEvidence> evidence, Map<SentenceSyntax, List<PhraseMatch>> described, String failure) {

        /** An article whose words could not be matched: it gives no evidence and no facts, and is named. */
        static Matched unfinished(AnnotatedArticle article, String failure) {
            return new Matched(article, List.of(), List.of(), List.of(), Map.of(), failure);
        }
    }

    /** A resolver for one article, sharing with its others the descriptions found in each sentence. */
    private ReferenceResolver resolver(Set<String> detainees, Map<SentenceSyntax, List<PhraseMatch>> described) {
        return new ReferenceResolver(detainees, otherRoles, occupations, custodyWords, described);
    }

    /**
     * One article's facts; its sentences and events are kept only for an explainer. {@code failure}
     * says why there are none when the rules did not settle on the article.
     */
    private record ArticleFacts(String article, List<Fact> facts, List<PersonMention> references,
                                List<SentenceFacts> sentences, List<Event> events, List<RoleEvidence> roles,
                                String failure) {

        static ArticleFacts unfinished(String article, String failure) {
            return new ArticleFacts(article, List.of(), List.of(), null, null, null, failure);
        }
    }

    /** The roles the people rules decided: every role of each person, and the main one. */
    private record Roles(Map<String, List<String>> all, Map<String, String> main, Set<String> detainees) {
    }

    /** Long articles are started first, so that no thread is left with one at the end while the others idle. */
    private static final java.util.Comparator<AnnotatedArticle> LONGEST_FIRST = java.util.Comparator
            .comparingInt((AnnotatedArticle a) -> a.sentences().stream().mapToInt(s -> s.tokens().size()).sum()).reversed();

    /**
     * People are found across all articles first, and roles decided from the evidence of all
     * articles; everything else is done for each article on its own, on several threads.
     */
    public Result extract(List<AnnotatedArticle> annotated) {
        List<AnnotatedArticle> articles = InOrder.map(annotated, threads, "extract", LONGEST_FIRST, ParseRepairs::repaired);
        PeopleFinder found = PeopleFinder.find(articles, threads);
        Map<String, List<PersonMention>> names = found.mentions().stream()
                .collect(Collectors.groupingBy(PersonMention::article, LinkedHashMap::new, Collectors.toList()));
        RoleFinder roleFinder = new RoleFinder(rules.people());
        List<Matched> matched = InOrder.map(articles, threads, "extract", LONGEST_FIRST,
                a -> matchOrFailure(a, names.getOrDefault(a.article().id(), List.of()), roleFinder));
        Roles roles = roles(matched);
        EventFinder eventFinder = new EventFinder(rules.events());
        List<ArticleFacts> perArticle = InOrder.map(matched, threads, "extract",
                java.util.Comparator.comparing(Matched::article, LONGEST_FIRST),
                m -> factsOrFailure(m, names.getOrDefault(m.article().article().id(), List.of()), roles, eventFinder));
        List<Fact> facts = new ArrayList<>();
        List<Unfinished> unfinished = new ArrayList<>();
        for (int i = 0; i < perArticle.size(); i++) {
            ArticleFacts a = perArticle.get(i);
            if (a.failure() != null) {
                unfinished.add(new Unfinished(matched.get(i).article(), a.failure()));
                continue;
            }
            if (explain != NONE) {
                explain.accept(a.article(), a.sentences(), a.events(), a.roles());
            }
            facts.addAll(a.facts());
        }
        if (!unfinished.isEmpty() && unfinished.size() == perArticle.size()) {
            // on every article: the rules themselves are at fault, and the last good outputs stay
            throw new RuleRunException(unfinished.get(0).message());
        }
        // "A British couple ...", "three Americans": a nationality told of a group is each member's
        List<PersonMention> named = new ArrayList<>(found.mentions());
        perArticle.forEach(a -> named.addAll(a.references()));
        Map<String, String> nationality = new Nationalities(rules.lexicon()).of(articles, named);
        return new Result(people(found, roles.all(), nationality), HomeCountry.fill(facts, nationality), List.copyOf(unfinished));
    }

    private Matched matchOrFailure(AnnotatedArticle a, List<PersonMention> names, RoleFinder roleFinder) {
        try {
            return match(a, names, roleFinder);
        } catch (RuntimeException e) {
            return Matched.unfinished(a, "extraction failed (" + e + ")");
        }
    }

    private Matched match(AnnotatedArticle a, List<PersonMention> names, RoleFinder roleFinder) {
        List<SentenceSyntax> syntax = syntax(a);
        List<List<PhraseMatch>> matches = matchSentences(a, syntax, names);
        List<RoleEvidence> evidence = roleFinder.evidence(sentenceFacts(syntax, matches, names, Map.of(), peopleSeeCues));
        Map<SentenceSyntax, List<PhraseMatch>> described = new java.util.IdentityHashMap<>();
        ReferenceResolver beforeRoles = resolver(Set.of(), described);
        List<PersonMention> leads = new ArrayList<>(beforeRoles
                .leadsOfNamedAfter(a, syntax, names, references(matches), otherRoleHolders(evidence)));
        // a couple are each other's family: only officials and lawyers are never among a group held
        leads.addAll(beforeRoles.groupsOfNamedBefore(a, syntax, names, references(matches), officialsAndLawyers(evidence)));
        leads.addAll(pronounsHeld(a, syntax, matches, names, evidence, described));
        if (!leads.isEmpty()) {
            // "Japan asks for the release of a Japanese journalist arrested on Sunday ... he is Ken
            // Sato": what happens to the lead happens to the one it stands for, who is then a detainee
            Set<Integer> told = leads.stream().map(PersonMention::sentence).collect(Collectors.toSet());
            List<PersonMention> withLeads = new ArrayList<>(names);
            withLeads.addAll(leads);
            List<SentenceSyntax> leadSentences = syntax.stream().filter(x -> told.contains(x.sentence().index())).toList();
            List<RoleEvidence> again = new ArrayList<>(evidence.stream().filter(e -> !told.contains(e.sentence())).toList());
            again.addAll(roleFinder.evidence(sentenceFacts(leadSentences, matches, withLeads, Map.of(), peopleSeeCues)));
            evidence = again; // the people rules read one sentence at a time: only the lead's sentences change
        }
        return new Matched(a, syntax, matches, evidence, described, null);
    }

    /**
     * "Ann Lee was visiting X last spring ... she has been detained for six months": a pronoun
     * that a custody or court word happens to stands for the person named before it, who may be
     * named nowhere beside such a word. Only people with no other role are candidates. Where a
     * detainee is named, "she" is theirs, unless she is the subject of the pronoun's own sentence
     * and not only saying it ("Ann Lee, 83, was living there at the time she was seized"). "They"
     * stands for those named together before it ("Tom and Ann Lee were travelling when they were detained").
     */
    private List<PersonMention> pronounsHeld(AnnotatedArticle a, List<SentenceSyntax> syntax, List<List<PhraseMatch>> matches,
                                             List<PersonMention> names, List<RoleEvidence> evidence,
                                             Map<SentenceSyntax, List<PhraseMatch>> described) {
        Set<String> others = otherRoleHolders(evidence);
        Set<String> detainees = evidence.stream().filter(e -> e.role().equals("detainee")).map(RoleEvidence::person)
                .collect(Collectors.toSet());
        Set<String> candidates = names.stream().map(PersonMention::person).filter(p -> !others.contains(p))
                .collect(Collectors.toSet());
        Map<Integer, List<PhraseMatch>> pronouns = new HashMap<>();
        ReferenceResolver resolver = resolver(candidates, described);
        references(matches).forEach((sentence, refs) -> refs.stream()
                .filter(r -> r.label().equals("pronoun") || r.label().equals("plural") || resolver.isClientLike(r))
                .filter(r -> happensInCourtOrCustody(r, syntax, matches))
                .forEach(r -> pronouns.computeIfAbsent(sentence, k -> new ArrayList<>()).add(r)));
        return pronouns.isEmpty() || candidates.isEmpty() ? List.of()
                : resolver.resolve(a, syntax, names, pronouns, ref -> true)
                        .stream().filter(lead -> !detainees.contains(lead.person()))
                        // beside a named detainee, only "Ann Lee ... at the time she was seized": the subject
                        // of the pronoun's own sentence, who is not only saying it
                        .filter(lead -> detainees.isEmpty() || names.stream()
                                .anyMatch(n -> n.person().equals(lead.person()) && n.sentence() == lead.sentence()
                                        && isSubjectNotSpeaker(syntax.get(n.sentence()), n.head())))
                        .toList();
    }

    /** "X said that they were quick to release her": the speaker is not whom the words are about. */
    private static boolean isSubjectNotSpeaker(SentenceSyntax syntax, int person) {
        int verb = syntax.head(person);
        return verb >= 0 && syntax.relationToHead(person).startsWith("nsubj") && !SpeechVerbs.says(syntax.token(verb));
    }

    private static Set<String> officialsAndLawyers(List<RoleEvidence> evidence) {
        return evidence.stream().filter(e -> e.role().equals("official") || e.role().equals("lawyer"))
                .map(RoleEvidence::person).collect(Collectors.toSet());
    }

    private static Set<String> otherRoleHolders(List<RoleEvidence> evidence) {
        return evidence.stream().filter(e -> !e.role().equals("detainee") && !e.role().equals("other"))
                .map(RoleEvidence::person).collect(Collectors.toSet());
    }

    private static Roles roles(List<Matched> matched) {
        List<RoleEvidence> evidence = new ArrayList<>();
        matched.forEach(m -> evidence.addAll(m.evidence()));
        Map<String, List<String>> roles = RoleFinder.decide(evidence);
        Map<String, String> mainRole = new HashMap<>();
        roles.forEach((p, r) -> mainRole.put(p, r.contains("detainee") ? "detainee" : r.get(0)));
        Set<String> detainees = mainRole.entrySet().stream().filter(e -> e.getValue().equals("detainee"))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        return new Roles(roles, mainRole, detainees);
    }

    /** An article whose extraction fails is named with the failure, and the others still run. */
    private ArticleFacts factsOrFailure(Matched matched, List<PersonMention> names, Roles roles, EventFinder eventFinder) {
        if (matched.failure() != null) {
            return ArticleFacts.unfinished(matched.article().article().id(), matched.failure());
        }
        try {
            return facts(matched, names, roles, eventFinder);
        } catch (RuntimeException e) {
            String id = matched.article().article().id();
            return ArticleFacts.unfinished(id, "extraction failed (" + e + ")");
        }
    }

    private ArticleFacts facts(Matched matched, List<PersonMention> names, Roles roles, EventFinder eventFinder) {
        AnnotatedArticle a = matched.article();
        List<List<PhraseMatch>> m = matched.matches();
        List<PersonMention> mentions = new ArrayList<>(names);
        List<SentenceSyntax> syntax = matched.syntax();
        List<PersonMention> references = resolver(roles.detainees(), matched.described())
                .resolve(a, syntax, mentions, references(m), ref -> governedByTriggerOf(ref, syntax, m, COURT_CUSTODY_REGIME_OR_CONTACT));
        mentions.addAll(references);
        List<SentenceFacts> sentences = sentenceFacts(syntax, m, mentions, roles.main(), true);
        // "What is Belgium doing to free him?": a question asks, it tells nothing that happened
        List<Event> found;
        try {
            found = eventFinder.find(sentences);
        } catch (RuleRunException e) {
            return ArticleFacts.unfinished(a.article().id(), e.getMessage());
        }
        List<Event> events = found.stream()
                .filter(e -> !isQuestion(syntax.get(e.trigger().sentence())))
                // an excerpt or a feed's summary that stops mid-sentence: what the cut sentence was saying is unknown
                .filter(e -> !(e.trigger().sentence() == syntax.size() - 1 && breaksOff(syntax.get(e.trigger().sentence()))))
                .toList();
        Set<PhraseMatch> eventTriggers = events.stream().map(Event::trigger)
                .collect(Collectors.toCollection(() -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>())));
        List<Fact> told = new ArrayList<>();
        Set<Fact> yearOfTheNarrative = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Set<Fact> toldWithoutADate = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Event e : events) {
            SentenceFacts sentence = sentences.get(e.trigger().sentence());
            Slots slots = this.slots.fill(e, sentence, a.article().date(), eventTriggers);
            String year = slots.date() != null ? null : narrativeYear(e, sentence.syntax(), a.article().id(), a.article().date());
            Fact fact = toFact(e, a, sentence, slots, year);
            told.add(fact);
            if (year != null) {
                yearOfTheNarrative.add(fact);
            }
            if (sentence.matches().stream().noneMatch(match -> match.lexicon().equals("date"))) {
                toldWithoutADate.add(fact);
            }
        }
        told = withoutGuessedYearsOfDatedEvents(told, yearOfTheNarrative);
        told = withTheDayOfTheOneVerdict(told, toldWithoutADate);
        told = withTheDateOfTheOneDatedTelling(told, toldWithoutADate);
        List<Fact> articleFacts = StrikeAims.fold(CountryOfCustody.fill(DatelinePlace.fill(CourtOfSentence.fill(told), a.article().dateline()))).stream()
                .filter(f -> !f.kind().equals("held") || f.place() != null) // held says where, or says nothing
                .toList();
        List<Fact> facts = held.consolidate(VisitPlaces.fill(articleFacts, a.article().date()), a.article().date());
        return explain != NONE ? new ArticleFacts(a.article().id(), facts, references, sentences, events, matched.evidence(), null)
                : new ArticleFacts(a.article().id(), facts, references, null, null, null, null);
    }

    /** The sentence stops without a full stop, question or exclamation mark. */
    private static boolean breaksOff(SentenceSyntax syntax) {
        String end = closingMark(syntax);
        return end != null && !TERMINAL_MARKS.contains(end);
    }

    private static final Set<String> TERMINAL_MARKS = Set.of(".", "!", "?", "...", "\u2026");

    /** The sentence ends in a question mark. */
    private static boolean isQuestion(SentenceSyntax syntax) {
        return "?".equals(closingMark(syntax));
    }

    /** The sentence's last word before any closing quote or bracket, or null if it has none. */
    private static String closingMark(SentenceSyntax syntax) {
        for (int i = syntax.size() - 1; i >= 0; i--) {
            String word = syntax.token(i).word();
            if (!QuoteMarks.CLOSING.contains(word) && !CLOSING_BRACKETS.contains(word)) {
                return word;
            }
        }
        return null;
    }

    private static final Set<String> CLOSING_BRACKETS = Set.of(")", "-RRB-");

    /** Words that happen only to people in custody ("They were forced to confess on television"). */
    private static final Set<String> COURT_CUSTODY_OR_REGIME = Set.of("custody", "legal", "conditions");

    /**
     * Once the detainees are known, contact too happens only to them ("diplomats were denied access
     * to them"); before, "we hope to hear from him" makes no one a detainee.
     */
    private static final Set<String> COURT_CUSTODY_REGIME_OR_CONTACT = Set.of("custody", "legal", "conditions", "contact");

    /** "They were sentenced": the word governing the reference is a custody or court word. */
    private static boolean happensInCourtOrCustody(PhraseMatch ref, List<SentenceSyntax> syntax,
                                                   List<List<PhraseMatch>> matches) {
        return governedByTriggerOf(ref, syntax, matches, COURT_CUSTODY_OR_REGIME);
    }

    /** The word governing the reference, or a clause told of the group it belongs to, is a trigger of one of {@code types}. */
    private static boolean governedByTriggerOf(PhraseMatch ref, List<SentenceSyntax> syntax,
                                               List<List<PhraseMatch>> matches, Set<String> types) {
        SentenceSyntax s = syntax.get(ref.sentence());
        int governor = s.head(ref.end() - 1);
        List<Integer> told = new ArrayList<>();
        if (governor >= 0) {
            told.add(governor);
            // "they fled the country and were arrested in London": the verbs joined to theirs share them
            told.addAll(s.children(governor, "conj"));
        }
        told.addAll(clausesOnTheGroup(s, ref.end() - 1));
        return matches.get(ref.sentence()).stream().anyMatch(t -> t.lexicon().equals("triggers")
                && types.contains(t.label()) && told.stream().anyMatch(t::covers));
    }

    /** "They are among nine Chileans who were detained": the clauses told of the group its subject belongs to. */
    private static List<Integer> clausesOnTheGroup(SentenceSyntax syntax, int subject) {
        List<Integer> clauses = new ArrayList<>();
        for (int noun : SentenceFacts.groupTheSubjectIsAmong(syntax, subject)) {
            syntax.children(noun).stream().filter(d -> d.relation().startsWith("acl")).forEach(d -> clauses.add(d.dependent()));
        }
        return clauses;
    }

    private static Map<Integer, List<PhraseMatch>> references(List<List<PhraseMatch>> matches) {
        Map<Integer, List<PhraseMatch>> refs = new HashMap<>();
        for (List<PhraseMatch> sentence : matches) {
            for (PhraseMatch m : sentence) {
                if (m.lexicon().equals("references")) {
                    refs.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
                }
            }
        }
        return refs;
    }

    private static List<SentenceSyntax> syntax(AnnotatedArticle a) {
        return a.sentences().stream().map(SentenceSyntax::new).toList();
    }

    /** The family word is "of" a number or of a thing ("mother of two", "of Peruvian origin"), not of a person. */
    private static boolean ofNoOne(SentenceSyntax syntax, int familyWord) {
        return syntax.children(familyWord).stream().filter(d -> d.relation().equals("nmod:of")).anyMatch(d -> {
            org.dossier.nlp.Token of = syntax.token(d.dependent());
            return of.pos().equals("CD") || of.pos().startsWith("NN") && !of.pos().startsWith("NNP")
                    && !"PERSON".equals(of.ner()) && !PersonNouns.isPerson(of.lemma());
        });
    }

    private static boolean describesAPersonNoun(SentenceSyntax syntax, PhraseMatch words) {
        for (int word = words.start(); word < words.end(); word++) {
            int noun = syntax.head(word);
            String relation = syntax.relationToHead(word);
            String pos = noun >= 0 ? syntax.token(noun).pos() : "";
            // "a mental health nurse"; "assistance to disabled people": a group described, not the detainee
            if (noun >= words.end() && (relation.equals("compound") && (pos.equals("NN") || pos.equals("NNS"))
                        || relation.equals("amod") && pos.equals("NNS"))
                    && PersonNouns.isPerson(syntax.token(noun).lemma())) {
                return true;
            }
        }
        return false;
    }

    private List<List<PhraseMatch>> matchSentences(AnnotatedArticle a, List<SentenceSyntax> syntaxes,
                                                   List<PersonMention> names) {
        String id = a.article().id();
        DateResolver dates = new DateResolver(a.article().date());
        List<List<PhraseMatch>> all = new ArrayList<>();
        String lastPlace = null;
        PlacesReferredBack.CountriesNamed countries = new PlacesReferredBack.CountriesNamed();
        List<Integer> years = new ArrayList<>();
        narrativeYears.put(id, years);
        for (SentenceSyntax syntax : syntaxes) {
            Sentence s = syntax.sentence();
            years.add(dates.yearReached());
            List<PhraseMatch> found = new ArrayList<>(matcher.find(id, s));
            // "Win Ko Htun": a word of a person's name is no event word ("win"); a cue such as "should"
            // may be one the tagger took into a name ("Should Lee be pardoned")
            List<PersonMention> namedHere = names.stream().filter(n -> !n.reference() && n.sentence() == s.index()).toList();
            found.removeIf(m -> m.lexicon().equals("triggers")
                    && namedHere.stream().anyMatch(n -> n.start() <= m.start() && m.start() < n.end()));
            // a role is a noun for someone: "to advocate for his release" names no lawyer
            found.removeIf(m -> m.lexicon().equals("roles") && s.tokens().get(m.head()).pos().startsWith("VB"));
            // "a mother of two", "a father of Peruvian origin": what the person is, no relative of anyone
            found.removeIf(m -> m.lexicon().equals("roles") && "family".equals(m.field("role")) && ofNoOne(syntax, m.head()));
            // "a mental health nurse", "a cancer researcher": the illness names what someone works on
            found.removeIf(m -> m.lexicon().equals("illnesses") && describesAPersonNoun(syntax, m));
            found.replaceAll(m -> ReportedIntent.reread(syntax, m));
            found = CallsToAct.reread(syntax, found);
            for (DateResolver.DateMention d : dates.resolve(s, token -> speaksOfFuture(syntax, token),
                    token -> isAside(syntax, token))) {
                found.add(new PhraseMatch(id, s.index(), d.start(), d.end(), syntax.spanHead(d.start(), d.end()),
                        "date", d.value(), d.approx() ? "approx" : null, d.text()));
            }
            found.addAll(terms(id, s));
            found.addAll(SentenceFrames.find(id, syntax));
            // a name the tagger took for a place ("the release of Ann Paris": Paris) is the person's
            List<PlaceSpan> named = places.find(syntax).stream().filter(p -> names.stream().noneMatch(n ->
                    n.sentence() == s.index() && n.start() <= p.start() && p.end() <= n.end())).toList();
            for (PlaceSpan p : named) {
                found.add(new PhraseMatch(id, s.index(), p.start(), p.end(), p.head(), "place", p.text(),
                        p.preposition(), p.text()));
            }
            found.addAll(PlacesReferredBack.find(id, syntax, lastPlace, countries, List.copyOf(found)));
            countries.count(found);
            lastPlace = named.stream().filter(p -> p.preposition() != null && PlacesReferredBack.WHERE.contains(p.preposition())).map(PlaceSpan::text)
                    .findFirst().orElse(lastPlace);
            all.add(found);
        }
        return all;
    }

    /**
     * Whether the clause of a token speaks of the future: a governing verb with "will" or
     * "tomorrow" ("said on Monday that he will send a note": Monday is past, the note future).
     */
    /**
     * "Ann Lee, who was arrested in 2018, ...": the token is in a relative clause on a name or noun;
     * or it is a year that names something ("the 2018 election"), not when the story has got to.
     */
    private static boolean isAside(SentenceSyntax syntax, int token) {
        String relation = syntax.relationToHead(token);
        if (relation.startsWith("acl:relcl")) {
            return true;
        }
        int head = syntax.head(token);
        if ((relation.equals("nummod") || relation.equals("compound") || relation.equals("amod"))
                && head > token && syntax.token(head).pos().startsWith("NN") && syntax.token(token).pos().equals("CD")) {
            return true;
        }
        for (int h : syntax.governingChain(token)) {
            if (syntax.relationToHead(h).startsWith("acl:relcl") || describesAThing(syntax, h)) {
                return true;
            }
        }
        return datesAThingOfTheNews(syntax, token);
    }

    /**
     * "have been sentenced for their part in the escape in 2019": a date on a noun of a clause told
     * in the present perfect dates that thing; the story told is of now, not of that year.
     */
    private static boolean datesAThingOfTheNews(SentenceSyntax syntax, int token) {
        int head = syntax.head(token);
        if (head < 0 || !syntax.token(head).pos().startsWith("NN")) {
            return false;
        }
        for (int h : syntax.governingChain(token)) {
            if (syntax.token(h).pos().startsWith("VB")) {
                return presentPerfect(syntax, h);
            }
        }
        return false;
    }

    /**
     * "his involvement in the killings of villagers captured in December 1991": a participle that
     * describes a thing, not a person ("a teacher detained in May 2019" tells the person's story).
     */
    private static boolean describesAThing(SentenceSyntax syntax, int participle) {
        int noun = syntax.head(participle);
        if (!syntax.relationToHead(participle).equals("acl") || !syntax.token(participle).pos().equals("VBN") || noun < 0) {
            return false;
        }
        org.dossier.nlp.Token t = syntax.token(noun);
        return (t.pos().equals("NN") || t.pos().equals("NNS")) && !PersonNouns.isPerson(t.lemma())
                && !Nationalities.Words.get().isNationality(t.word()) && !Nationalities.Words.get().isTitle(t.lemma());
    }

    private static boolean speaksOfFuture(SentenceSyntax syntax, int token) {
        List<Integer> chain = new ArrayList<>(syntax.governingChain(token));
        chain.add(0, token);
        for (int verb : chain) {
            if (!syntax.token(verb).pos().startsWith("VB")) {
                continue;
            }
            for (var d : syntax.children(verb)) {
                String w = syntax.token(d.dependent()).word().toLowerCase(Locale.ROOT);
                if (w.equals("will") || w.equals("tomorrow") || w.equals("'ll")) {
                    return true;
                }
                // "said he would appeal on Tuesday": the future of the time told of, unless "would have"
                if (w.equals("would") && !isPerfect(syntax, verb)) {
                    return true;
                }
            }
            return isScheduled(syntax, verb); // the nearest verb decides
        }
        return false;
    }

    /**
     * "is due to rule", "are set to appear", "is scheduled to hear": an infinitive that completes
     * what is now the case, which is then still to come ("is said to have been", a perfect, is not).
     */
    private static boolean isScheduled(SentenceSyntax syntax, int verb) {
        boolean infinitive = syntax.children(verb, "mark").stream()
                .anyMatch(m -> syntax.token(m).word().equalsIgnoreCase("to"));
        boolean perfect = isPerfect(syntax, verb);
        int governor = syntax.head(verb);
        if (!infinitive || perfect || governor < 0
                || syntax.children(governor).stream().noneMatch(d -> d.dependent() == verb
                        && (d.relation().equals("xcomp") || d.relation().equals("ccomp")))) {
            return false;
        }
        List<Integer> now = new ArrayList<>(syntax.children(governor, "cop"));
        now.addAll(syntax.children(governor, "aux"));
        now.add(governor);
        return now.stream().map(t -> syntax.token(t).pos()).anyMatch(p -> p.equals("VBZ") || p.equals("VBP"))
                && !syntax.token(governor).lemma().equalsIgnoreCase("be");
    }

    /** "would have been", "has been": a verb with "have" among its auxiliaries. */
    private static boolean isPerfect(SentenceSyntax syntax, int verb) {
        return syntax.children(verb, "aux").stream().anyMatch(a -> syntax.token(a).lemma().equalsIgnoreCase("have"));
    }


    private static List<PhraseMatch> terms(String id, Sentence s) {
        List<PhraseMatch> found = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!"DURATION".equals(tokens.get(i).ner())) {
                continue;
            }
            int start = i;
            while (i + 1 < tokens.size() && "DURATION".equals(tokens.get(i + 1).ner())) {
                i++;
            }
            String text = PhraseMatcher.text(tokens, start, i + 1);
            String term = TermParser.parse(text, tokens.get(i).normalized());
            if (term != null && !TermParser.measuresAnInterval(tokens, i + 1)) {
                found.add(new PhraseMatch(id, s.index(), start, i + 1, i, "term", term,
                        toldRoughly(tokens, start, i + 1) ? "approx" : null, text));
            }
        }
        for (int[] span : TermParser.spans(tokens)) { // "to 13 years on June 15", which NER reads as one date
            if (found.stream().noneMatch(m -> m.start() < span[1] && span[0] < m.end())) {
                String text = PhraseMatcher.text(tokens, span[0], span[1]);
                String term = TermParser.parse(text, null);
                if (term != null) {
                    found.add(new PhraseMatch(id, s.index(), span[0], span[1], span[1] - 1, "term", term, null, text));
                }
            }
        }
        return joinedTerms(id, s, found);
    }

    /** Words that tell a length roughly, before it or as its first words ("almost three years", "more than two years"). */
    private static final Pattern ROUGHLY = Pattern.compile("(?i)(.* )?(almost|nearly|about|around|over|some|roughly|"
            + "more than|at least|close to)");

    /** "almost three years": a length told roughly, as a stay so far is, never a sentence. */
    private static boolean toldRoughly(List<Token> tokens, int start, int end) {
        return ROUGHLY.matcher(PhraseMatcher.text(tokens, Math.max(0, start - 2), start)).matches()
                || ROUGHLY.matcher(PhraseMatcher.text(tokens, start, Math.min(end, start + 2))).lookingAt();
    }

    /** "six years and 10 months": two spans the tagger found, joined by "and", are one term (P6Y10M, P5M24D). */
    private static List<PhraseMatch> joinedTerms(String id, Sentence s, List<PhraseMatch> terms) {
        List<PhraseMatch> sorted = new ArrayList<>(terms);
        sorted.sort(java.util.Comparator.comparingInt(PhraseMatch::start));
        List<PhraseMatch> joined = new ArrayList<>();
        for (PhraseMatch t : sorted) {
            PhraseMatch last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && t.start() == last.end() + 1 && s.tokens().get(last.end()).word().equalsIgnoreCase("and")
                    && longerUnitFirst(last.label(), t.label())) {
                String text = PhraseMatcher.text(s.tokens(), last.start(), t.end());
                joined.set(joined.size() - 1, new PhraseMatch(id, s.index(), last.start(), t.end(), last.head(), "term",
                        TermParser.joined(last.label(), t.label()), null, text));
            } else {
                joined.add(t);
            }
        }
        return joined;
    }

    private static final String UNITS_LONGEST_FIRST = "YMWD";

    /** "six years and 10 months", "five months and 24 days": the second counts in a shorter unit than the first ends in. */
    private static boolean longerUnitFirst(String first, String second) {
        if (!first.matches("P(\\d+[YMWD])+") || !second.matches("P\\d+[YMWD]")) {
            return false;
        }
        return UNITS_LONGEST_FIRST.indexOf(first.charAt(first.length() - 1))
                < UNITS_LONGEST_FIRST.indexOf(second.charAt(second.length() - 1));
    }

    /** What the rules see of each sentence; cue links only for rules that can match them. */
    private static List<SentenceFacts> sentenceFacts(List<SentenceSyntax> syntaxes, List<List<PhraseMatch>> matches,
                                                     List<PersonMention> mentions, Map<String, String> roles,
                                                     boolean cues) {
        List<SentenceFacts> facts = new ArrayList<>();
        for (SentenceSyntax syntax : syntaxes) {
            int index = syntax.sentence().index();
            List<PersonMention> inSentence = mentions.stream().filter(m -> m.sentence() == index).toList();
            facts.add(SentenceFacts.of(syntax, matches.get(index), inSentence, roles, cues));
        }
        return facts;
    }

    private static Fact toFact(Event e, AnnotatedArticle a, SentenceFacts sentence, Slots s, String narrativeYear) {
        Sentence sent = sentence.syntax().sentence();
        String when = s.date() != null ? s.date() : narrativeYear;
        return new Fact(null, e.type(), e.kind(), e.person(), s.place(), when, s.dateApprox(), s.actor(),
                s.addressee(), s.term(), s.status(), s.detail(),
                List.of(new Evidence(a.article().id(), sent.index(), sent.text())));
    }

    /** Events a case has one of, unlike appeals, hearings or transfers, which come again and again. */
    private static final Set<String> ONCE_IN_A_CASE = Set.of("arrested", "extradited", "exchanged", "released", "convicted");

    /**
     * "Five years after he was detained in China ... He was arrested when he arrived in
     * Guangzhou": an event told again without a date is the one the article dates elsewhere, not
     * a second one in the year the story had reached; the guessed year is dropped so the two join.
     * Only for events a case has once.
     */
    private static List<Fact> withoutGuessedYearsOfDatedEvents(List<Fact> told, Set<Fact> guesses) {
        if (guesses.isEmpty()) {
            return told;
        }
        List<Fact> kept = new ArrayList<>();
        for (Fact f : told) {
            boolean datedElsewhere = guesses.contains(f) && ONCE_IN_A_CASE.contains(f.kind()) && told.stream().anyMatch(o -> !guesses.contains(o) && o.date() != null
                    && o.type().equals(f.type()) && o.kind().equals(f.kind()) && o.person().equals(f.person())
                    && !o.date().startsWith(f.date()));
            kept.add(datedElsewhere ? f.withDate(null) : f);
        }
        return kept;
    }

    /**
     * "A court yesterday sentenced Ann Lee to five years ... Her co-defendant, Tom Ash, was sentenced
     * to seven years": where an article tells of one day of verdicts, a verdict of someone else told
     * without a date, in that year, was given that day.
     */
    private static List<Fact> withTheDayOfTheOneVerdict(List<Fact> told, Set<Fact> undated) {
        List<Fact> kept = new ArrayList<>();
        for (Fact f : told) {
            Set<String> days = undated.contains(f) && f.date() != null && VERDICTS.contains(f.kind()) ? told.stream()
                    .filter(o -> !undated.contains(o) && o.type().equals("legal") && VERDICTS.contains(o.kind())
                            && !o.person().equals(f.person()) && o.date() != null && o.date().length() == 10)
                    .map(Fact::date).collect(Collectors.toSet()) : Set.of();
            boolean thatDay = days.size() == 1 && days.iterator().next().startsWith(f.date())
                    && told.stream().noneMatch(o -> o.person().equals(f.person()) && o.kind().equals(f.kind()) && o != f);
            kept.add(thatDay ? f.withDate(days.iterator().next()) : f);
        }
        return kept;
    }

    private static final Set<String> VERDICTS = Set.of("sentenced", "convicted");

    /**
     * "X has been arrested in the UAE" in the lead, "X was arrested on January 22" further down: an
     * arrest or a release told without a date of its own is dated by its tense alone (the article's
     * month), and is the one the article dates elsewhere when the dates it gives that person's arrest
     * (or release) are all one date, told more or less closely ("last month", "on January 22").
     */
    private static List<Fact> withTheDateOfTheOneDatedTelling(List<Fact> told, Set<Fact> undated) {
        List<Fact> kept = new ArrayList<>();
        for (Fact f : told) {
            List<String> dates = undated.contains(f) && f.date() != null && ONCE_TOLD.contains(f.kind()) && !again(f)
                    ? told.stream().filter(o -> !undated.contains(o) && o.kind().equals(f.kind()) && o.type().equals(f.type())
                            && o.person().equals(f.person()) && o.date() != null).map(Fact::date).distinct().toList()
                    : List.of();
            // "last month" and "on January 22" tell one date, to the day
            String longest = dates.stream().max(java.util.Comparator.comparingInt(String::length)).orElse(null);
            boolean one = longest != null && dates.stream().allMatch(longest::startsWith);
            kept.add(one ? f.withDate(longest) : f);
        }
        return kept;
    }

    private static final Set<String> ONCE_TOLD = Set.of("arrested", "released");

    /** "was arrested again", "re-arrested": a second arrest, not the one told before. */
    private static boolean again(Fact f) {
        return f.evidence().stream().anyMatch(e -> AGAIN.matcher(e.quote()).find());
    }

    private static final java.util.regex.Pattern AGAIN = java.util.regex.Pattern.compile(
            "(?i)\\b(again|re-?arrest\\w*|re-?detain\\w*)\\b");

    /**
     * A background event told by a verb without a date ("... and ruled that he should be deported
     * to X") happened in the year the narrative has reached (GUIDELINES rule 7); only the year is
     * given. A noun ("criticized his extradition") refers back to an event of any year and gets none.
     */
    private String narrativeYear(Event e, SentenceSyntax syntax, String article, java.time.LocalDate articleDate) {
        int sentence = syntax.sentence().index();
        boolean told = syntax.token(e.trigger().head()).pos().startsWith("VB"); // "the arrest of X" is retold, not told
        if (!BACKGROUND_TYPES.contains(e.type()) || e.kind().equals("held") || !told) {
            return null;
        }
        if (e.type().equals("legal") && presentPerfect(syntax, e.trigger().head())) {
            return null; // "he has pleaded guilty": news of now, not the year a retold story reached
        }
        if (presentPassive(syntax, e.trigger().head())) {
            return null; // "X is sentenced, the agency reports": a headline's present, the news of now
        }
        if (QuoteMarks.inside(syntax, e.trigger().start())) {
            return null; // "'Yes, he was freed,' his son said": someone speaking of now, not the story retold
        }
        if (describesAPhoto(syntax)) {
            return null; // "X, who was detained in May, appears in court in a 2024 file photo": a caption, no story told
        }
        if (inSinceClause(syntax, e.trigger().head())) {
            return null; // "Ever since he was detained, his son has fought": the start told before, not a step of the story
        }
        List<Integer> years = narrativeYears.get(article);
        Integer year = years == null || sentence >= years.size() ? null : years.get(sentence);
        // (a date of any kind in the sentence dates it, or leaves it undated on purpose: "nearly two
        // years ago"; a length, "to two years in prison", does not)
        if (year == null && articleDate != null && simplePast(syntax, e.trigger().head())
                && syntax.sentence().tokens().stream().noneMatch(t -> "DATE".equals(t.ner()))) {
            return String.valueOf(articleDate.getYear()); // no year named yet: the news the article opens with
        }
        return year == null ? null : String.valueOf(year);
    }

    private static final Set<String> BACKGROUND_TYPES = Set.of("custody", "legal");

    /** The word's clause is opened by "since" ("since he was detained"). */
    private static boolean inSinceClause(SentenceSyntax syntax, int word) {
        return syntax.relationToHead(word).startsWith("advcl") && syntax.children(word, "mark").stream()
                .anyMatch(m -> syntax.token(m).lemma().equalsIgnoreCase("since"));
    }

    /** "in a June 6, 2024 file photo", "in this photo", "pictured": the sentence is a photo's caption. */
    private static boolean describesAPhoto(SentenceSyntax syntax) {
        for (int i = 1; i < syntax.size(); i++) {
            String word = syntax.token(i).word().toLowerCase(java.util.Locale.ROOT);
            String before = syntax.token(i - 1).word().toLowerCase(java.util.Locale.ROOT);
            if (PHOTOS.contains(word) && (before.equals("file") || before.equals("this")) || word.equals("pictured")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PHOTOS = Set.of("photo", "photograph", "picture", "image");

    /** "is sentenced": a present "is" or "are" as the verb's passive auxiliary. */
    private static boolean presentPassive(SentenceSyntax syntax, int verb) {
        return presentAuxiliary(syntax, verb, "aux:pass", null);
    }

    /** "sentenced", "was sentenced": told in the simple past ("having been arrested" is not). */
    private static boolean simplePast(SentenceSyntax syntax, int verb) {
        if (syntax.relationToHead(verb).startsWith("acl")) {
            return false; // "Ann Lee, who was serving a term": an aside on the person, not the news
        }
        if (syntax.token(verb).pos().equals("VBD")) {
            return true;
        }
        return syntax.children(verb).stream().anyMatch(d -> d.relation().startsWith("aux")
                && syntax.token(d.dependent()).pos().equals("VBD"))
                && syntax.children(verb).stream().noneMatch(d -> d.relation().startsWith("aux")
                && syntax.token(d.dependent()).pos().matches("VBG|MD|VBP|VBZ"));
    }

    /** "has pleaded guilty": a present "has" or "have" as the verb's auxiliary. */
    private static boolean presentPerfect(SentenceSyntax syntax, int verb) {
        return presentAuxiliary(syntax, verb, "aux", "have");
    }

    private static boolean presentAuxiliary(SentenceSyntax syntax, int verb, String relation, String lemma) {
        return syntax.children(verb).stream().anyMatch(d -> d.relation().equals(relation)
                && (lemma == null || syntax.token(d.dependent()).lemma().equalsIgnoreCase(lemma))
                && (syntax.token(d.dependent()).pos().equals("VBZ") || syntax.token(d.dependent()).pos().equals("VBP")));
    }

    private static List<Person> people(PeopleFinder found, Map<String, List<String>> roles,
                                       Map<String, String> nationality) {
        List<Person> people = new ArrayList<>();
        for (PeopleFinder.PersonName p : found.people().values()) {
            List<String> aliases = new ArrayList<>(p.forms());
            aliases.remove(p.full());
            if (p.first() != null) {
                aliases.add(p.last());
            }
            people.add(new Person(p.id(), p.full(), aliases.stream().distinct().toList(), nationality.get(p.id()),
                    roles.getOrDefault(p.id(), List.of("other"))));
        }
        return people;
    }
}
