package org.dossier.brief;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.brief.derive.Answer;
import org.dossier.brief.derive.AsOf;
import org.dossier.brief.derive.CaseStatus;
import org.dossier.brief.derive.Chronology;
import org.dossier.brief.derive.Corroboration;
import org.dossier.brief.derive.CustodyStatus;
import org.dossier.brief.derive.DateNote;
import org.dossier.brief.derive.Disagreement;
import org.dossier.brief.derive.LatestVisit;
import org.dossier.brief.derive.Listed;
import org.dossier.brief.derive.Outstanding;
import org.dossier.brief.derive.Projection;
import org.dossier.brief.derive.Request;
import org.dossier.brief.derive.Sentencing;
import org.dossier.brief.derive.Stay;
import org.dossier.brief.derive.StayEnd;
import org.dossier.brief.derive.Whereabouts;
import org.dossier.facts.ArticleInfo;
import org.dossier.facts.Fact;
import org.dossier.facts.Person;

/**
 * Plumbing after the rules have run: turns what they inserted into a {@link Brief}, sorted, each
 * item with its rules, facts and source numbers. It decides nothing the rules did not.
 */
final class BriefAssembler {

    private static final List<String> SEVERITY = List.of("high", "medium", "low", "info");

    private final Person person;
    private final Audit audit;
    private final Map<String, Fact> facts;
    private final SourceIndex sources;
    private final Map<Class<?>, List<Object>> derived = new LinkedHashMap<>();
    private final Map<String, Integer> outlets = new LinkedHashMap<>();

    BriefAssembler(Person person, List<Fact> facts, Map<String, ArticleInfo> articles, Audit audit,
                   Collection<?> objects) {
        this.person = person;
        this.audit = audit;
        this.facts = facts.stream().collect(Collectors.toMap(Fact::id, f -> f, (a, b) -> a, LinkedHashMap::new));
        this.sources = new SourceIndex(this.facts, articles);
        for (Object o : objects) {
            derived.computeIfAbsent(o.getClass(), c -> new ArrayList<>()).add(o);
        }
        all(Corroboration.class).forEach(c -> outlets.merge(c.fact(), c.outlets(), Math::max));
        for (Listed l : all(Listed.class)) {
            if (!Listed.SECTIONS.contains(l.section())) {
                throw new DerivationException("rule \"" + rule(l) + "\" lists a fact in \"" + l.section()
                        + "\", which is not a section of the brief; the sections are " + Listed.SECTIONS);
            }
        }
    }

    Brief assemble() {
        PersonSummary who = new PersonSummary(person.id(), person.name(), person.nationality(),
                person.aliases() == null ? List.of() : person.aliases());
        Derived status = status();
        CurrentPlace place = currentPlace();
        List<CustodyStay> history = custodyHistory();
        List<BriefItem> custodyEvents = section(Listed.CUSTODY_EVENTS);
        List<BriefItem> legal = section(Listed.LEGAL_HISTORY);
        SentenceSummary sentence = sentence();
        List<BriefItem> diplomatic = section(Listed.DIPLOMATIC_ACTIONS);
        LastVisit lastVisit = lastVisit();
        List<RequestItem> outstanding = outstandingRequests();
        List<RequestItem> closed = closedRequests();
        List<BriefItem> health = section(Listed.HEALTH);
        List<BriefItem> conditions = section(Listed.CONDITIONS);
        List<BriefItem> contact = section(Listed.CONTACT);
        List<Conflict> conflicts = conflicts();
        List<InferredDate> inferred = inferredDates();
        List<org.dossier.brief.Alert> alerts = alerts();
        String asOf = asOf();
        Brief brief = new Brief(Brief.SCHEMA, who, asOf, status, place, history, custodyEvents, legal, sentence,
                diplomatic, lastVisit, outstanding, closed, health, conditions, contact, conflicts, inferred,
                alerts, sources.all(), null, caseStatus(), null);
        return brief.withCounters(CaseCounting.count(brief, asOf));
    }

    private String asOf() {
        return all(AsOf.class).stream().map(AsOf::date).filter(Objects::nonNull)
                .max(Chronology.DATES).orElse(null);
    }

    private Derived status() {
        return decided(CustodyStatus.class, CustodyStatus::value);
    }

    private Derived caseStatus() {
        return decided(CaseStatus.class, CaseStatus::value);
    }

    /** A value the rules decided, with every rule and fact behind it; values found twice are joined. */
    private <T> Derived decided(Class<T> type, java.util.function.Function<T, String> valueOf) {
        List<T> found = all(type);
        if (found.isEmpty()) {
            return null;
        }
        List<String> rules = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        found.forEach(s -> {
            rules.add(rule(s));
            ids.addAll(factIds(s));
        });
        String value = found.stream().map(valueOf).distinct().sorted().collect(Collectors.joining(" / "));
        List<String> used = sortIds(ids);
        return new Derived(value, String.join("; ", rules), used, sources.cite(used));
    }

    private CurrentPlace currentPlace() {
        return all(Whereabouts.class).stream()
                .max(Comparator.comparing(Whereabouts::lastReported, Chronology.DATES))
                .map(w -> new CurrentPlace(w.place(), w.lastReported(), rule(w), factIds(w), sources.cite(factIds(w))))
                .orElse(null);
    }

    private List<CustodyStay> custodyHistory() {
        Map<Stay, StayEnd> ends = new IdentityHashMap<>();
        for (StayEnd e : all(StayEnd.class)) {
            ends.merge(e.stay(), e, BriefAssembler::earlierEnd);
        }
        Set<Stay> current = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        all(Whereabouts.class).stream().map(Whereabouts::stay).filter(Objects::nonNull).forEach(current::add);
        List<CustodyStay> out = new ArrayList<>();
        for (Stay s : all(Stay.class).stream().sorted(Comparator.comparingLong(Stay::getOrder)).toList()) {
            StayEnd end = ends.get(s);
            List<String> ids = sortIds(concat(factIds(s), end == null ? List.of() : factIds(end)));
            String rules = end == null ? rule(s) : joinRules(rule(s), rule(end));
            out.add(new CustodyStay(s.getPlace(), s.getFrom(), end == null ? null : end.until(), rules, ids,
                    sources.cite(ids), s.getFirstReported(), s.getLastReported(), current.contains(s) ? true : null));
        }
        return out;
    }

    /** Of two ends found for one stay, the one with a known and earlier date. */
    private static StayEnd earlierEnd(StayEnd a, StayEnd b) {
        if (a.until() == null || b.until() == null) {
            return a.until() == null ? b : a;
        }
        return Chronology.DATES.compare(a.until(), b.until()) <= 0 ? a : b;
    }

    private List<BriefItem> section(String name) {
        Map<String, Listed> byFact = new LinkedHashMap<>();
        all(Listed.class).stream().filter(l -> name.equals(l.section())).forEach(l -> byFact.putIfAbsent(l.fact().id(), l));
        return Timeline.order(List.copyOf(byFact.values()), Listed::fact).stream().map(this::item).toList();
    }

    private BriefItem item(Listed l) {
        Fact f = l.fact();
        List<String> ids = sortIds(concat(List.of(f.id()), factIds(l)));
        return new BriefItem(f.kind(), f.date(), f.place(), f.actor(), f.addressee(), f.term(), f.status(),
                f.detail(), outlets.getOrDefault(f.id(), 0), rule(l), ids, sources.cite(ids));
    }

    private SentenceSummary sentence() {
        Sentencing s = one(Sentencing.class);
        if (s == null) {
            return null;
        }
        Projection p = one(Projection.class);
        List<String> ids = sortIds(factIds(s));
        List<String> all = p == null ? ids : sortIds(concat(ids, factIds(p)));
        return new SentenceSummary(s.getTerms(), s.isConcurrent(), s.getPenalties(), p == null ? null : p.year(),
                rule(s), all, sources.cite(all), p == null ? null : p.basis(), p == null ? null : rule(p),
                p == null ? null : p.date());
    }

    private LastVisit lastVisit() {
        return all(LatestVisit.class).stream()
                .max(Comparator.comparing(LatestVisit::visit, Chronology.FACTS))
                .map(v -> {
                    List<String> ids = sortIds(concat(List.of(v.visit().id()), factIds(v)));
                    return new LastVisit(v.visit().date(), v.visit().actor(), v.visit().place(), v.daysSince(),
                            rule(v), ids, sources.cite(ids));
                }).orElse(null);
    }

    private List<RequestItem> outstandingRequests() {
        Map<Request, Outstanding> open = new IdentityHashMap<>();
        all(Outstanding.class).forEach(o -> open.put(o.request(), o));
        Map<Request, Answer> answered = answers();
        List<RequestItem> out = new ArrayList<>();
        for (Request r : requests()) {
            if (answered.containsKey(r)) {
                continue;
            }
            Outstanding o = open.get(r);
            String status = o == null ? "unknown" : o.status();
            Long days = o == null ? null : o.daysOpen();
            out.add(request(r, status, days, o));
        }
        return out;
    }

    private List<RequestItem> closedRequests() {
        Map<Request, Answer> answered = answers();
        return requests().stream().filter(answered::containsKey)
                .map(r -> request(r, answered.get(r).status(), null, answered.get(r))).toList();
    }

    /** The latest answer of each request, when the rules found more than one. */
    private Map<Request, Answer> answers() {
        Map<Request, Answer> out = new IdentityHashMap<>();
        for (Answer a : all(Answer.class)) {
            out.merge(a.request(), a, (x, y) -> Chronology.after(y.answer(), x.answer()) ? y : x);
        }
        return out;
    }

    private List<Request> requests() {
        return all(Request.class).stream()
                .sorted(Comparator.comparing(Request::getFirstAsked, Comparator.nullsLast(Chronology.DATES))
                        .thenComparing(Request::getKind)
                        .thenComparing(r -> r.getReports().get(0).id(), Chronology::compareIds))
                .toList();
    }

    private RequestItem request(Request r, String status, Long daysOpen, Object decision) {
        List<String> ids = sortIds(concat(factIds(r), decision == null ? List.of() : factIds(decision)));
        String rules = decision == null ? rule(r) : joinRules(rule(r), rule(decision));
        return new RequestItem(r.getKind(), join(r.getActors()), join(r.getAddressees()), join(r.getDetails()),
                status, r.getFirstAsked(), r.getLastRaised(), daysOpen, rules, ids, sources.cite(ids));
    }

    private List<Conflict> conflicts() {
        return all(Disagreement.class).stream()
                .sorted(Comparator.comparing(Disagreement::event).thenComparing(Disagreement::slot))
                .map(d -> new Conflict(d.event(), d.slot(), d.values(), rule(d), sortIds(factIds(d)),
                        sources.cite(sortIds(factIds(d)))))
                .toList();
    }

    private List<InferredDate> inferredDates() {
        return all(DateNote.class).stream()
                .sorted(Comparator.comparing(DateNote::article, Comparator.nullsLast(Comparator.<String>naturalOrder()))
                        .thenComparing(DateNote::note))
                .map(n -> new InferredDate(n.article(), n.date(), n.note(), rule(n), sortIds(factIds(n))))
                .toList();
    }

    private List<org.dossier.brief.Alert> alerts() {
        return all(org.dossier.brief.derive.Alert.class).stream()
                .sorted(Comparator.comparingInt((org.dossier.brief.derive.Alert a) -> severity(a.severity()))
                        .thenComparing(org.dossier.brief.derive.Alert::code)
                        .thenComparing(org.dossier.brief.derive.Alert::message))
                .map(a -> new org.dossier.brief.Alert(a.code(), a.severity(), a.message(), rule(a),
                        sortIds(factIds(a)), sources.cite(sortIds(factIds(a)))))
                .toList();
    }

    private static int severity(String s) {
        int i = SEVERITY.indexOf(s);
        return i < 0 ? SEVERITY.size() : i;
    }

    private <T> List<T> all(Class<T> type) {
        return derived.getOrDefault(type, List.of()).stream().map(type::cast).toList();
    }

    private <T> T one(Class<T> type) {
        List<T> found = all(type);
        return found.isEmpty() ? null : found.get(0);
    }

    private String rule(Object derivedObject) {
        return String.join("; ", audit.trail(derivedObject).rules());
    }

    private List<String> factIds(Object derivedObject) {
        return List.copyOf(audit.trail(derivedObject).facts());
    }

    private static String joinRules(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<String> sortIds(Collection<String> ids) {
        return ids.stream().filter(Objects::nonNull).distinct().sorted(Chronology::compareIds).toList();
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join("; ", values);
    }
}
