package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Words that stand for a place told before: "there" for the place the article last said someone
 * was in or at ("visited her there"), and "the country" for the country it last said someone was
 * in ("has been in prison in the country since May", "arrested by the country's authorities"),
 * not one that only acts ("what is Belgium doing").
 */
final class PlacesReferredBack {

    private PlacesReferredBack() {
    }

    static List<PhraseMatch> find(String id, SentenceSyntax syntax, String lastPlace, String lastCountry) {
        List<PhraseMatch> found = new ArrayList<>();
        int sentence = syntax.sentence().index();
        for (int i = 0; i < syntax.size(); i++) {
            String word = syntax.token(i).word();
            if (lastPlace != null && word.equalsIgnoreCase("there") && syntax.relationToHead(i).equals("advmod")) {
                found.add(new PhraseMatch(id, sentence, i, i + 1, i, "place", lastPlace, "at", word));
            }
            if (lastCountry != null && theCountry(syntax, i)) {
                found.add(new PhraseMatch(id, sentence, i - 1, i + 1, i, "place", lastCountry,
                        PlaceFinder.preposition(syntax, i), "the " + word));
            }
        }
        return found;
    }

    /** "the country", not "the country of X" nor "the country he loves": no other place named with it. */
    private static boolean theCountry(SentenceSyntax syntax, int i) {
        return i > 0 && syntax.token(i).word().equals("country") && syntax.token(i - 1).word().equalsIgnoreCase("the")
                && syntax.children(i).stream().noneMatch(d -> d.relation().startsWith("nmod") || d.relation().startsWith("acl"));
    }

    /** The country a sentence last says someone was in or went to, or the one said before it. */
    static String lastCountry(List<PhraseMatch> found, String before) {
        return found.stream().filter(m -> m.lexicon().equals("place") && WHERE.contains(String.valueOf(m.label2()))
                        && org.dossier.facts.CountryNames.isCountry(m.label()))
                .max(java.util.Comparator.comparingInt(PhraseMatch::start)).map(PhraseMatch::label).orElse(before);
    }

    /** Prepositions that say where someone was or went. */
    static final java.util.Set<String> WHERE = java.util.Set.of("in", "at", "to", "into");
}
