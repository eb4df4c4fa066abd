package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Words that stand for a place told before: "there" for the place the article last said someone
 * was in or at ("visited her there"), and "the country" for the country the article has named
 * most so far ("has been in prison in the country since May", "arrested by the country's
 * authorities", "as he was about to leave the country"): the one the story is set in, not a
 * home country or another state it mentions once.
 */
final class PlacesReferredBack {

    private PlacesReferredBack() {
    }

    static List<PhraseMatch> find(String id, SentenceSyntax syntax, String lastPlace, String storyCountry) {
        List<PhraseMatch> found = new ArrayList<>();
        int sentence = syntax.sentence().index();
        for (int i = 0; i < syntax.size(); i++) {
            String word = syntax.token(i).word();
            if (lastPlace != null && word.equalsIgnoreCase("there") && syntax.relationToHead(i).equals("advmod")) {
                found.add(new PhraseMatch(id, sentence, i, i + 1, i, "place", lastPlace, "at", word));
            }
            if (storyCountry != null && theCountry(syntax, i)) {
                found.add(new PhraseMatch(id, sentence, i - 1, i + 1, i, "place", storyCountry,
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

    /** Counts the countries each sentence names as places; the one named most is "the country". */
    static final class CountriesNamed {
        private final java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        private String most;

        void count(List<PhraseMatch> found) {
            for (PhraseMatch m : found) {
                if (m.lexicon().equals("place") && !m.text().startsWith("the ") && org.dossier.facts.CountryNames.isCountry(m.label())) {
                    int n = counts.merge(m.label(), 1, Integer::sum);
                    if (most == null || n >= counts.get(most)) {
                        most = m.label(); // a tie goes to the one named last
                    }
                }
            }
        }

        String most() {
            return most;
        }
    }

    /** Prepositions that say where someone was or went. */
    static final java.util.Set<String> WHERE = java.util.Set.of("in", "at", "to", "into");
}
