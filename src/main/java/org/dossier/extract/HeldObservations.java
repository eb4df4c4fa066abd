package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.facts.Evidence;
import org.dossier.facts.Fact;

/**
 * One article's observations of where a detainee is held, told as one fact per place and time:
 * <ul>
 * <li>a country is dropped when the article names the prison for the same time ("serving a
 * sentence in Russia" beside "is being held at Correctional Colony No. 12");</li>
 * <li>two places for the same month are one observation, named by the more specific, unless they
 * are two facilities told without a date;</li>
 * <li>the same place seen at two times is one observation, dated by the later.</li>
 * </ul>
 */
public final class HeldObservations {

    private final Set<String> countries;
    /** Nouns for places of custody ("prison", "colony"): two places that each name one are two places. */
    private final Set<String> facilityWords;

    public HeldObservations(Set<String> countries, Set<String> facilityWords) {
        this.countries = countries;
        this.facilityWords = facilityWords;
    }

    public List<Fact> consolidate(List<Fact> articleFacts) {
        return arrests(moves(held(notAfterRelease(acrossBorders(articleFacts)))));
    }

    /**
     * "arrested in Syria in 2017 ... transferred to Iraqi authorities in January": a move into
     * another country than the one the article last placed the person in custody before it is a
     * move to another state's custody, an extradition. Only countries the facts name count, not
     * towns, whose country a gazetteer can only guess.
     */
    private static List<Fact> acrossBorders(List<Fact> facts) {
        List<Fact> result = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            String to = isTransfer(f) ? org.dossier.facts.CountryNames.countryOf(f.place()) : null;
            String from = to == null ? null : countryBefore(facts, f);
            result.add(from != null && !from.equals(to) ? f.withKind("extradited") : f);
        }
        return result;
    }

    private static boolean isTransfer(Fact f) {
        return f.type().equals("custody") && f.kind().equals("transferred") && f.date() != null;
    }

    /** The country of the person's latest custody before the move, by the article's dates; null when none is known. */
    private static String countryBefore(List<Fact> facts, Fact move) {
        return facts.stream().filter(o -> o != move && o.type().equals("custody") && o.person().equals(move.person())
                        && o.date() != null && o.place() != null && !o.kind().equals("released") && before(o.date(), move.date()))
                .max(java.util.Comparator.comparing(Fact::date))
                .map(o -> org.dossier.facts.CountryNames.countryOf(o.place())).orElse(null);
    }

    /** The first date is wholly before the second ("2017" before "2019-01"; "2019" not before "2019-01"). */
    private static boolean before(String first, String second) {
        int n = Math.min(first.length(), second.length());
        return first.substring(0, n).compareTo(second.substring(0, n)) < 0;
    }

    /** "is now in X", "is still at X": only where someone is, which is no custody once they are free. */
    private static final java.util.regex.Pattern WHERE_SOMEONE_IS = java.util.regex.Pattern.compile(
            "(?i)(is|are|was|were|be)\\s+(now|still|currently)\\s+(in|at)");

    /**
     * "was released on Monday ... He is now in Qatar": where a person freed in the article's news
     * is afterwards is no place of custody.
     */
    private static List<Fact> notAfterRelease(List<Fact> facts) {
        return facts.stream().filter(f -> !(isHeld(f) && f.detail() != null && WHERE_SOMEONE_IS.matcher(f.detail()).matches()
                && facts.stream().anyMatch(r -> r.person().equals(f.person()) && isFreed(r) && r.date() != null
                        && f.date() != null && f.date().compareTo(r.date().substring(0, Math.min(7, r.date().length()))) >= 0)))
                .toList();
    }

    private static boolean isFreed(Fact f) {
        return f.type().equals("custody") && (f.kind().equals("released") || f.kind().equals("exchanged"));
    }

    /** As {@link #consolidate(List)}, and where a move the article reports as news took a detainee, they are held now. */
    public List<Fact> consolidate(List<Fact> articleFacts, java.time.LocalDate articleDate) {
        List<Fact> facts = new ArrayList<>(articleFacts);
        facts.addAll(heldAfterRecentMoves(articleFacts, articleDate));
        return consolidate(facts);
    }

    /**
     * "has been moved to X prison", "her move three days ago to X": a transfer dated within a month
     * of the article, the last custody event the article tells of that person, leaves them held at
     * its destination (in the month of the move), unless the article says so itself already or
     * tells where they were held later.
     */
    private static List<Fact> heldAfterRecentMoves(List<Fact> facts, java.time.LocalDate articleDate) {
        List<Fact> added = new ArrayList<>();
        if (articleDate == null) {
            return added;
        }
        for (Fact move : facts) {
            if (!move.type().equals("custody") || !move.kind().equals("transferred") || move.place() == null
                    || move.date() == null || move.date().length() < 7) {
                continue;
            }
            java.time.YearMonth month = java.time.YearMonth.parse(move.date().substring(0, 7));
            java.time.YearMonth now = java.time.YearMonth.from(articleDate);
            boolean recent = !month.isAfter(now) && !month.isBefore(now.minusMonths(1));
            boolean later = facts.stream().anyMatch(o -> o != move && o.person().equals(move.person())
                    && o.type().equals("custody") && !o.kind().equals("held") && o.date() != null
                    && o.date().compareTo(move.date()) > 0 && !o.date().startsWith(move.date()));
            // held there already, or somewhere in a later month ("flown to Moscow" in March, "at Lefortovo" in April)
            boolean told = facts.stream().anyMatch(o -> o.kind().equals("held") && o.person().equals(move.person())
                    && o.place() != null && (o.place().equals(move.place())
                        || o.date() != null && o.date().length() >= 7 && o.date().substring(0, 7).compareTo(month.toString()) > 0));
            if (recent && !later && !told) {
                added.add(new Fact(move.id(), "custody", "held", move.person(), move.place(), month.toString(), null,
                        null, null, null, null, move.detail(), move.evidence()));
            }
        }
        return added;
    }

    /**
     * "X, who was arrested in the US, ..." beside "X was arrested in Washington on July 15": an
     * arrest placed only in a country, whose date agrees with an arrest of the same person at a
     * more specific place in the article, is that arrest told loosely.
     */
    private List<Fact> arrests(List<Fact> articleFacts) {
        List<Fact> result = new ArrayList<>(articleFacts);
        for (Fact f : articleFacts) {
            if (!isArrest(f) || !isCountry(f.place())) {
                continue;
            }
            for (int i = 0; i < result.size(); i++) {
                Fact o = result.get(i);
                if (o != f && isArrest(o) && o.person().equals(f.person()) && o.place() != null && !isCountry(o.place())
                        && o.date() != null && datesAgree(o.date(), f.date()) && result.contains(f)) {
                    List<Evidence> evidence = new ArrayList<>(o.evidence());
                    f.evidence().stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
                    String date = f.date() != null && f.date().length() > o.date().length() ? f.date() : o.date();
                    result.set(i, new Fact(o.id(), o.type(), o.kind(), o.person(), o.place(), date, o.dateApprox(),
                            o.actor() != null ? o.actor() : f.actor(), o.addressee(), o.term(), o.status(), o.detail(),
                            evidence));
                    result.remove(f);
                    break;
                }
            }
        }
        return result;
    }

    private static boolean isArrest(Fact f) {
        return f.type().equals("custody") && f.kind().equals("arrested");
    }

    /**
     * One move told twice in an article ("arrived at a penal colony in X on Wednesday", "has
     * arrived at Penal Colony No. 7"): moves of one kind and person whose dates agree are one
     * move, to the place both name ("Penal Colony No. 7, X").
     */
    private List<Fact> moves(List<Fact> articleFacts) {
        List<Fact> result = new ArrayList<>();
        for (Fact f : articleFacts) {
            int same = -1;
            for (int i = 0; i < result.size() && isMove(f); i++) {
                Fact o = result.get(i);
                if (o.kind().equals(f.kind()) && o.type().equals(f.type()) && o.person().equals(f.person())
                        && datesAgree(o.date(), f.date()) && !twoCountries(o.place(), f.place())
                        && !twoFacilities(o.place(), f.place())) {
                    same = i;
                    break;
                }
            }
            if (same < 0) {
                result.add(f);
                continue;
            }
            Fact o = result.get(same);
            List<Evidence> evidence = new ArrayList<>(o.evidence());
            f.evidence().stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
            String date = o.date() == null ? f.date() : f.date() == null ? o.date()
                    : f.date().length() > o.date().length() ? f.date() : o.date();
            result.set(same, new Fact(o.id(), o.type(), o.kind(), o.person(), joinPlaces(o.place(), f.place()), date,
                    o.dateApprox(), o.actor() != null ? o.actor() : f.actor(), o.addressee(), o.term(), o.status(),
                    o.detail(), evidence));
        }
        return result;
    }

    /** "handed over to Greece", "extradited to the United States": moves to two states are two moves. */
    private static boolean twoCountries(String a, String b) {
        return a != null && b != null && !a.equals(b) && org.dossier.facts.CountryNames.isCountry(a)
                && org.dossier.facts.CountryNames.isCountry(b);
    }

    /** "moved to Qarchak prison" and "moved back to Evin prison": moves to two prisons are two moves. */
    private boolean twoFacilities(String a, String b) {
        return a != null && b != null && !sharesName(a, b) && namesAFacility(a) && namesAFacility(b);
    }

    private boolean namesAFacility(String place) {
        for (String word : place.toLowerCase(java.util.Locale.ROOT).split("[\\s,]+")) {
            if (facilityWords.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMove(Fact f) {
        return f.type().equals("custody") && (f.kind().equals("transferred") || f.kind().equals("extradited"));
    }

    private static boolean datesAgree(String a, String b) {
        return a == null || b == null || a.startsWith(b) || b.startsWith(a);
    }

    /** The facility first, then the area: "Penal Colony No. 7" and "Lake region" are "Penal Colony No. 7, Lake region". */
    private static String joinPlaces(String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return a == null ? b : a;
        }
        if (sharesName(a, b)) {
            return b.length() > a.length() ? b : a;
        }
        return a.length() >= b.length() ? a + ", " + b : b + ", " + a;
    }

    private List<Fact> held(List<Fact> articleFacts) {
        List<Fact> result = new ArrayList<>();
        for (Fact f : articleFacts) {
            if (!isHeld(f)) {
                result.add(f);
                continue;
            }
            int same = indexOfSameObservation(result, f);
            if (same >= 0) {
                result.set(same, combine(result.get(same), f));
            } else if (!(isCountry(f.place()) && articleFacts.stream().anyMatch(o -> o != f && isHeld(o)
                    && o.person().equals(f.person()) && !isCountry(o.place()) && java.util.Objects.equals(o.date(), f.date())))) {
                result.add(f);
            }
        }
        return result;
    }

    private static boolean isHeld(Fact f) {
        return f.type().equals("custody") && f.kind().equals("held");
    }

    private boolean isCountry(String place) {
        return place != null && countries.contains(place.toLowerCase(Locale.ROOT));
    }

    private int indexOfSameObservation(List<Fact> facts, Fact f) {
        for (int i = 0; i < facts.size(); i++) {
            Fact o = facts.get(i);
            if (!isHeld(o) || !o.person().equals(f.person()) || isCountry(o.place()) != isCountry(f.place())) {
                continue;
            }
            // two prisons told without a date ("spent four years in X jail", "was held at Y prison") are two stays
            boolean sameTime = java.util.Objects.equals(o.date(), f.date())
                    && !(o.date() == null && twoFacilities(o.place(), f.place()));
            if (sameTime || sharesName(o.place(), f.place())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sharesName(String a, String b) {
        Set<String> x = names(a);
        x.retainAll(names(b));
        return !x.isEmpty();
    }

    private static Set<String> names(String place) {
        Set<String> names = new java.util.HashSet<>();
        for (String w : place.split("[\\s,]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.equals("The")) {
                names.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static Fact combine(Fact a, Fact b) {
        List<Evidence> evidence = new ArrayList<>(a.evidence());
        b.evidence().stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
        String place = b.place().length() > a.place().length() ? b.place() : a.place();
        String date = later(a.date(), b.date());
        return new Fact(a.id(), a.type(), a.kind(), a.person(), place, date, a.dateApprox(), a.actor(),
                a.addressee(), a.term(), a.status(), a.detail(), evidence);
    }

    private static String later(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.compareTo(a) > 0 ? b : a;
    }
}
