package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Words that stand for a place told before: "there" for the place the article last said someone
 * was in or at ("visited her there"), and "the country" or "the Southeast Asian nation" for the
 * country the article has named most so far ("has been in prison in the country since May",
 * "arrested by the country's authorities", "as he was about to leave the country"): the one the
 * story is set in, not a home country or another state it mentions once.
 */
final class PlacesReferredBack {

    private PlacesReferredBack() {
    }

    /**
     * @param named the places this sentence names: "the country" is the one named most up to the
     *              words that refer back, in the sentences before and in this one before them
     */
    static List<PhraseMatch> find(String id, SentenceSyntax syntax, String lastPlace, CountriesNamed countries,
                                  List<PhraseMatch> named) {
        List<PhraseMatch> found = new ArrayList<>();
        int sentence = syntax.sentence().index();
        for (int i = 0; i < syntax.size(); i++) {
            String word = syntax.token(i).word();
            if (lastPlace != null && word.equalsIgnoreCase("there") && syntax.relationToHead(i).equals("advmod")) {
                found.add(new PhraseMatch(id, sentence, i, i + 1, i, "place", lastPlace, "at", word));
            }
            int the = theCountry(syntax, i);
            String storyCountry = the < 0 ? null : countries.withThoseBefore(named, the).most();
            if (storyCountry != null) {
                found.add(new PhraseMatch(id, sentence, the, i + 1, i, "place", storyCountry,
                        PlaceFinder.preposition(syntax, i), PhraseMatcher.text(syntax.sentence().tokens(), the, i + 1)));
            }
        }
        return found;
    }

    private static final java.util.Set<String> COUNTRY_NOUNS = java.util.Set.of("country", "nation");
    /** "the other country", "the neighbouring nation": a country other than the story's. */
    private static final java.util.Set<String> ANOTHER_COUNTRY = java.util.Set.of("other", "neighbouring", "neighboring",
            "foreign", "third", "native", "different", "host", "western", "european");

    /**
     * Where "the country" or "the Southeast Asian nation" begins (its "the"), or -1; not "the
     * country of X" nor "the country he loves": no other place named with it.
     */
    private static int theCountry(SentenceSyntax syntax, int i) {
        if (!COUNTRY_NOUNS.contains(syntax.token(i).word())
                || syntax.children(i).stream().anyMatch(d -> d.relation().startsWith("nmod") || d.relation().startsWith("acl"))) {
            return -1;
        }
        int start = i;
        while (start > 0 && (syntax.token(start - 1).pos().startsWith("JJ") || syntax.token(start - 1).pos().startsWith("NNP"))
                && !ANOTHER_COUNTRY.contains(syntax.token(start - 1).word().toLowerCase(java.util.Locale.ROOT))
                && syntax.head(start - 1) >= start && syntax.head(start - 1) <= i) {
            start--; // "the Southeast Asian country", "the Gulf nation"
        }
        boolean the = start > 0 && syntax.token(start - 1).word().equalsIgnoreCase("the") && syntax.head(start - 1) == i;
        return the ? start - 1 : -1;
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

        /** The counts with the places of a sentence that come before a word of it. */
        CountriesNamed withThoseBefore(List<PhraseMatch> named, int word) {
            CountriesNamed copy = new CountriesNamed();
            copy.counts.putAll(counts);
            copy.most = most;
            copy.count(named.stream().filter(m -> m.start() < word).toList());
            return copy;
        }
    }

    /** Prepositions that say where someone was or went. */
    static final java.util.Set<String> WHERE = java.util.Set.of("in", "at", "to", "into");
}
