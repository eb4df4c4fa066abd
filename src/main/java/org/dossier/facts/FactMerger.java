package org.dossier.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges facts that tell the same event: same type, kind and person, and no slot on which they
 * disagree (dates where one is a prefix of the other, places that share a name, equal terms
 * and statuses). The merged fact keeps every piece of evidence, the most precise date and the
 * most specific place.
 */
public final class FactMerger {

    private static final Pattern CAPITAL_WORD = Pattern.compile("\\b\\p{Lu}[\\p{L}'-]+");
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "In", "At", "Of");

    /** Types whose facts are told apart by what they name: two illnesses are two facts. */
    private static final Set<String> NAMED_BY_DETAIL = Set.of("health");

    private FactMerger() {
    }

    public static List<Fact> merge(List<Fact> facts) {
        List<Fact> merged = new ArrayList<>();
        // Only facts of one type, kind and person can merge: look among those alone, in the
        // order they were merged, which finds the same fact as a scan of the whole list.
        Map<String, List<Integer>> candidates = new HashMap<>();
        for (Fact f : facts) {
            List<Integer> same = candidates.computeIfAbsent(f.type() + "\u0000" + f.kind() + "\u0000" + f.person(),
                    k -> new ArrayList<>());
            int i = indexOfSame(merged, same, f);
            if (i < 0) {
                same.add(merged.size());
                merged.add(f);
            } else {
                merged.set(i, combine(merged.get(i), f));
            }
        }
        merged.sort(Comparator.comparing(Fact::person).thenComparing(f -> f.date() == null ? "~" : f.date())
                .thenComparing(Fact::type).thenComparing(Fact::kind));
        return FactIds.assign(merged);
    }

    /**
     * The fact {@code f} is another telling of, preferring one told in the same sentence ("in 2018
     * he was detained again, snatched by police on a train to X" is the 2018 arrest, not an
     * earlier one an undated "snatched" would also agree with), then one of the same term.
     */
    private static int indexOfSame(List<Fact> facts, List<Integer> candidates, Fact f) {
        int first = -1;
        int sameTerm = -1;
        for (int i : candidates) {
            if (sameEvent(facts.get(i), f)) {
                if (toldInOneSentence(facts.get(i), f)) {
                    return i;
                }
                first = first < 0 ? i : first;
                sameTerm = sameTerm < 0 && f.term() != null && f.term().equals(facts.get(i).term()) ? i : sameTerm;
            }
        }
        return sameTerm >= 0 ? sameTerm : first;
    }

    private static boolean toldInOneSentence(Fact a, Fact b) {
        for (Evidence x : a.evidence()) {
            for (Evidence y : b.evidence()) {
                if (x.article().equals(y.article()) && x.sentence() == y.sentence()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Facts of one article merge when nothing disagrees; facts of different articles only when
     * a date or a place also agrees positively, so that an undated mention elsewhere does not
     * take another article's slots.
     */
    static boolean sameEvent(Fact a, Fact b) {
        if (!sameArticles(a, b) && !positivelyAgree(a, b)) {
            return false;
        }
        boolean sameArticle = sameArticles(a, b);
        return a.type().equals(b.type()) && a.kind().equals(b.kind()) && a.person().equals(b.person())
                && (datesAgree(a.date(), b.date())
                    || sameArticle && (oneChargePerArticle(a) || sameTermPassed(a, b) || toldDaysApart(a, b)))
                && (placesAgree(a.place(), b.place()) || onceInALife(a) && sameArticle
                    || sameArticle && countryAndPlace(a.place(), b.place())
                    || sameArticle && (sameTermPassed(a, b) || sameDayVisit(a, b) || sameArrest(a, b)))
                && agree(a.term(), b.term()) && agree(a.status(), b.status())
                && (!NAMED_BY_DETAIL.contains(a.type()) || agree(a.detail(), b.detail()))
                && (!isStatement(a) || sameSpeaker(a.actor(), b.actor()))
                && (!a.type().equals("request") || sameRequester(a.actor(), b.actor()))
                && (!a.type().equals("contact") || agree(a.addressee(), b.addressee()));
    }

    /** "John Sullivan" and "Sullivan" are one speaker; two unnamed speakers are taken as one too. */
    private static boolean sameSpeaker(String a, String b) {
        return a == null || b == null || lastWord(a).equals(lastWord(b));
    }

    private static String lastWord(String s) {
        String[] words = s.trim().toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }

    /**
     * One article's requests for the same thing by a named requester and by an unnamed one
     * ("the Secretary urged Moscow to release him"; "officials have called on Russia to free him")
     * are two requests.
     */
    private static boolean sameRequester(String a, String b) {
        return a == null || b == null ? a == b : lastWord(a).equals(lastWord(b));
    }

    /**
     * One article's arrests of a person whose dates agree, one of them dated at least, are one
     * arrest told with the city and with the building ("the American detained in Moscow", "detained
     * on Dec. 28 in his hotel room"); two arrests an article tells apart have dates that differ.
     */
    private static boolean sameArrest(Fact a, Fact b) {
        return a.type().equals("custody") && a.kind().equals("arrested") && (a.date() != null || b.date() != null);
    }

    /** Two statements are one remark only when the same speaker made them. */
    private static boolean isStatement(Fact f) {
        return f.type().equals("diplomatic") && f.kind().equals("statement");
    }

    /**
     * Kinds an article tells of once per person: two releases of one person in one article are
     * the same release told with a country and with a prison ("freed from a US prison",
     * "released from the prison in Riverton").
     */
    private static boolean onceInALife(Fact f) {
        return f.type().equals("custody") && (f.kind().equals("released") || f.kind().equals("exchanged"));
    }

    /**
     * The charges against a person are told once per article however often it repeats them
     * ("charged with espionage in March", "the espionage charges"): the dates beside them are
     * of the arrest or the hearing that mentions them. Charges brought in two places ("charged
     * in the United States", "accused of fraud in Russia") are two facts.
     */
    private static boolean oneChargePerArticle(Fact f) {
        return f.type().equals("legal") && f.kind().equals("charged");
    }

    /**
     * One article's two mentions of a sentence of the same length are one sentence, told once
     * with the court and once with the country or the prison ("sentenced to 16 years in prison
     * in Russia", "the City Court sentenced him to 16 years"), once with its day and once with
     * only the year the narrative had reached.
     */
    private static boolean sameTermPassed(Fact a, Fact b) {
        return a.type().equals("legal") && a.kind().equals("sentenced") && a.term() != null
                && a.term().equals(b.term());
    }

    /**
     * "X has been freed, the ministry said on Saturday" and "X was pardoned on Friday": one
     * article's releases a few days apart are one release, told once on the day it was reported;
     * so are its arrests ("detained two days ago", "arrested on Thursday evening"). The earlier day
     * is the event's.
     */
    private static boolean toldDaysApart(Fact a, Fact b) {
        return (isRelease(a) || isArrest(a)) && a.date() != null && b.date() != null && a.date().length() == 10
                && b.date().length() == 10 && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(
                        java.time.LocalDate.parse(a.date()), java.time.LocalDate.parse(b.date()))) <= 3;
    }

    private static boolean isArrest(Fact f) {
        return f.type().equals("custody") && f.kind().equals("arrested");
    }

    private static boolean isRelease(Fact f) {
        return f.type().equals("custody") && (f.kind().equals("released") || f.kind().equals("exchanged"));
    }

    /** One article's visits on the same day are one visit told twice ("at a Moscow prison", "at Riverton Prison"). */
    private static boolean sameDayVisit(Fact a, Fact b) {
        return a.type().equals("diplomatic") && a.kind().equals("visit") && a.date() != null
                && a.date().length() == 10 && a.date().equals(b.date());
    }

    private static boolean sameArticles(Fact a, Fact b) {
        return a.evidence().stream().anyMatch(x -> b.evidence().stream().anyMatch(y -> x.article().equals(y.article())));
    }

    private static boolean positivelyAgree(Fact a, Fact b) {
        boolean dates = a.date() != null && b.date() != null && datesAgree(a.date(), b.date());
        boolean places = a.place() != null && b.place() != null && placesAgree(a.place(), b.place());
        boolean terms = a.term() != null && a.term().equals(b.term());
        return dates || places || terms;
    }

    static boolean datesAgree(String a, String b) {
        return a == null || b == null || a.startsWith(b) || b.startsWith(a);
    }

    static boolean placesAgree(String a, String b) {
        if (a == null || b == null || a.equalsIgnoreCase(b)) {
            return true;
        }
        Set<String> x = names(a);
        x.retainAll(names(b));
        return !x.isEmpty();
    }

    /**
     * One article's mentions of an event, once with the country and once with a city or a prison
     * in it ("China sentenced him", "a court in Beijing sentenced him"): one names the country
     * only, the other a place that is no country. The article's own wording keeps them apart
     * when they differ in date, term or status.
     */
    private static boolean countryAndPlace(String a, String b) {
        return a != null && b != null && CountryNames.isCountry(a) != CountryNames.isCountry(b);
    }

    /** The most specific of two places: a place within a country before the country alone, then the longer. */
    private static String moreSpecific(String a, String b) {
        if (a != null && b != null && CountryNames.isCountry(a) != CountryNames.isCountry(b)) {
            return CountryNames.isCountry(a) ? b : a;
        }
        return longer(a, b);
    }

    private static Set<String> names(String place) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = CAPITAL_WORD.matcher(place);
        while (m.find()) {
            if (!NOT_NAMES.contains(m.group())) {
                names.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static boolean agree(String a, String b) {
        return a == null || b == null || a.equalsIgnoreCase(b);
    }

    static Fact combine(Fact a, Fact b) {
        List<Evidence> evidence = new ArrayList<>(a.evidence());
        for (Evidence e : b.evidence()) {
            if (!evidence.contains(e)) {
                evidence.add(e);
            }
        }
        return new Fact(a.id(), a.type(), a.kind(), a.person(), moreSpecific(a.place(), b.place()),
                toldDaysApart(a, b) ? earlier(a.date(), b.date()) : longer(a.date(), b.date()),
                a.dateApprox() != null ? a.dateApprox() : b.dateApprox(),
                first(a.actor(), b.actor()), first(a.addressee(), b.addressee()), first(a.term(), b.term()),
                first(a.status(), b.status()), first(a.detail(), b.detail()), evidence);
    }

    private static String longer(String a, String b) {
        if (a == null) {
            return b;
        }
        return b != null && b.length() > a.length() ? b : a;
    }

    private static String earlier(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    static Fact withId(Fact f, String id) {
        return new Fact(id, f.type(), f.kind(), f.person(), f.place(), f.date(), f.dateApprox(), f.actor(),
                f.addressee(), f.term(), f.status(), f.detail(), f.evidence());
    }
}
