package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import org.dossier.facts.Fact;

/**
 * A conviction and a sentence that one article tells of the same person, the sentence once, came from
 * the same hearing: the court one of them names ("Grodno Regional Court found her guilty") is
 * where the other happened too ("has sentenced her to six years", "a Russian court sentenced her"), and a date one of them gives
 * more precisely within the same year is the other's date as well.
 */
final class CourtOfSentence {

    private CourtOfSentence() {
    }

    static List<Fact> fill(List<Fact> articleFacts) {
        List<Fact> result = new ArrayList<>();
        for (Fact f : articleFacts) {
            Fact other = sameHearing(articleFacts, f);
            result.add(other == null ? f : withPlaceAndDateOf(f, other));
        }
        return result;
    }

    /** The one other court fact of the hearing: a sentence for a conviction, a conviction for a sentence. */
    private static Fact sameHearing(List<Fact> facts, Fact f) {
        String otherKind = switch (f.type().equals("legal") ? f.kind() : "") {
            case "convicted" -> "sentenced";
            case "sentenced" -> "convicted";
            default -> null;
        };
        // the conviction may be told twice ("convicted ... and sentenced", "was found guilty"): one sentence decides
        if (otherKind == null || !toldOnce(facts, f.person(), otherKind)
                || f.kind().equals("sentenced") && !toldOnce(facts, f.person(), "sentenced")) {
            return null;
        }
        // told twice, the telling that names the court's town speaks for both ("sentenced ... by a court",
        // "a court in Pskov sentenced him")
        List<Fact> told = facts.stream().filter(o -> o.type().equals("legal") && o.kind().equals(otherKind)
                && o.person().equals(f.person())).toList();
        java.util.function.Predicate<Fact> townsCourt = o -> o.place() != null && !org.dossier.facts.CountryNames.isCountry(o.place());
        return told.stream().filter(townsCourt.and(o -> o.date() != null)).findFirst()
                .or(() -> told.stream().filter(townsCourt).findFirst())
                .or(() -> told.stream().filter(o -> o.date() != null).findFirst())
                .orElse(told.isEmpty() ? null : told.get(0));
    }

    /**
     * One conviction of the person, though it may be told again with no other date; one sentence,
     * though it may be told again with no other length ("sentenced to ten years", "in addition to
     * the prison sentence").
     */
    private static boolean toldOnce(List<Fact> facts, String person, String kind) {
        List<Fact> told = facts.stream().filter(o -> o.type().equals("legal") && o.kind().equals(kind)
                && o.person().equals(person)).toList();
        if (!kind.equals("sentenced")) {
            // "convicted on Thursday ... after he was found guilty of fraud": told twice, one day
            List<String> dates = told.stream().map(Fact::date).filter(java.util.Objects::nonNull).toList();
            String longest = dates.stream().max(java.util.Comparator.comparingInt(String::length)).orElse("");
            return !told.isEmpty() && dates.stream().allMatch(longest::startsWith);
        }
        return !told.isEmpty() && told.stream().map(Fact::term).filter(java.util.Objects::nonNull).distinct().count() <= 1;
    }

    private static Fact withPlaceAndDateOf(Fact f, Fact other) {
        // the court, not only its country ("a conviction in Russia" says nothing of where a sentence was passed)
        // "a Russian court sentenced her" and "a court in the town of Khimki found her guilty": the town's court
        String courtsCountry = org.dossier.facts.CountryNames.countryIn(other.place());
        boolean onlyItsCountry = f.place() == null || org.dossier.facts.CountryNames.isCountry(f.place())
                && (courtsCountry == null || f.place().equals(courtsCountry));
        String place = onlyItsCountry && other.place() != null && !org.dossier.facts.CountryNames.isCountry(other.place())
                ? other.place() : f.place();
        String date = f.date();
        if (other.date() != null && (date == null || other.date().length() > date.length() && other.date().startsWith(date))) {
            date = other.date();
        }
        if (java.util.Objects.equals(place, f.place()) && java.util.Objects.equals(date, f.date())) {
            return f;
        }
        return new Fact(f.id(), f.type(), f.kind(), f.person(), place, date, f.dateApprox(), f.actor(),
                f.addressee(), f.term(), f.status(), f.detail(), f.evidence());
    }
}
