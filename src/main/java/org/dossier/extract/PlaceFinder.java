package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.nlp.Token;

/**
 * Finds places in a sentence: runs of LOCATION tokens joined by commas ("Sintra, Lisbon
 * District"), and organisation names or lexicon phrases that are facilities ("Linho prison",
 * "Correctional Colony No. 12"); facility words come from {@code rules/lexicon/facilities.csv},
 * short forms such as "US" are expanded from {@code rules/lexicon/place-names.csv}.
 */
public final class PlaceFinder {

    private final Set<String> facilityWords;
    private final Map<String, String> placeNames;
    private final Set<String> titleWords;

    /**
     * @param titleWords words for people by office ("ambassador"): a place that only says where
     *                   such a person serves ("the ambassador in Moscow") is not where events happen
     */
    public PlaceFinder(Set<String> facilityWords, Map<String, String> placeNames, Set<String> titleWords) {
        this.facilityWords = facilityWords;
        this.placeNames = placeNames;
        this.titleWords = titleWords;
    }

    public List<PlaceSpan> find(SentenceSyntax syntax) {
        List<PlaceSpan> places = new ArrayList<>();
        List<Token> tokens = syntax.sentence().tokens();
        int i = 0;
        while (i < tokens.size()) {
            String ner = tokens.get(i).ner();
            if (!isPlaceTag(ner)) {
                i++;
                continue;
            }
            int start = i;
            while (i < tokens.size() && (tokens.get(i).ner().equals(ner)
                    || joinsNextPlace(tokens, i, ner))) {
                i++;
            }
            int end = i;
            if (ner.equals("ORGANIZATION") && !containsFacilityWord(tokens, start, end)) {
                continue;
            }
            int head = syntax.spanHead(start, end);
            if (modifiesNonFacility(syntax, head)) {
                continue; // "U.S. ambassador", "Moscow court officials": a place used as an adjective
            }
            if (partOfName(syntax, head)) {
                continue; // "the Russian Embassy in Washington", "the Criminal Code of the Russian Federation"
            }
            places.add(new PlaceSpan(start, end, head, name(PhraseMatcher.text(tokens, start, end)),
                    preposition(syntax, head)));
        }
        return withLocations(syntax, places);
    }


    /** A place attached to a name that is not a facility, or to a title: it says whose, not where. */
    private boolean partOfName(SentenceSyntax syntax, int head) {
        if (!syntax.relationToHead(head).startsWith("nmod")) {
            return false;
        }
        int governor = syntax.head(head);
        if (governor < 0) {
            return false;
        }
        Token g = syntax.token(governor);
        String lemma = g.lemma().toLowerCase(Locale.ROOT);
        if (facilityWords.contains(lemma)) {
            return false;
        }
        return g.pos().startsWith("NNP") || titleWords.contains(lemma);
    }

    /**
     * A facility followed by where it is ("the Federal Correctional Institution in Riverton,
     * Florida") is named with its location, the most specific form of the place.
     */
    private List<PlaceSpan> withLocations(SentenceSyntax syntax, List<PlaceSpan> places) {
        List<PlaceSpan> result = new ArrayList<>();
        for (PlaceSpan p : places) {
            PlaceSpan located = p;
            if (containsFacilityWord(syntax.sentence().tokens(), p.start(), p.end())) {
                for (PlaceSpan q : places) {
                    if (q != p && q.start() >= p.end() && isLocationOf(syntax, p, q)) {
                        located = new PlaceSpan(p.start(), p.end(), p.head(), p.text() + ", " + q.text(),
                                p.preposition());
                        break;
                    }
                }
            }
            result.add(located);
        }
        return result;
    }

    private static boolean isLocationOf(SentenceSyntax syntax, PlaceSpan facility, PlaceSpan location) {
        for (int i = facility.start(); i < facility.end(); i++) {
            for (var d : syntax.children(i)) {
                String r = d.relation();
                if ((r.equals("nmod:in") || r.equals("nmod:at") || r.equals("nmod:near") || r.equals("nmod:outside"))
                        && d.dependent() >= location.start() && d.dependent() < location.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isPlaceTag(String ner) {
        return ner.equals("LOCATION") || ner.equals("ORGANIZATION");
    }

    /** "Sintra , Lisbon District": a comma between two locations keeps them one place. */
    private static boolean joinsNextPlace(List<Token> tokens, int i, String ner) {
        return ner.equals("LOCATION") && tokens.get(i).word().equals(",") && i + 1 < tokens.size()
                && tokens.get(i + 1).ner().equals("LOCATION") && i > 0 && tokens.get(i - 1).ner().equals("LOCATION");
    }

    /** The preposition of the place, or of the noun it modifies ("at the Riverton prison"). */
    static String preposition(SentenceSyntax syntax, int head) {
        int node = head;
        for (int step = 0; step < 4 && node >= 0; step++) {
            String relation = syntax.relationToHead(node);
            for (int c : syntax.children(node, "case")) {
                String prep = syntax.token(c).lemma().toLowerCase(Locale.ROOT);
                if (!prep.equals("of") || !relation.startsWith("nmod:of")) {
                    return prep;
                }
                // "on the island of Madeira", "in the republic of Karelia": the preposition of the noun named
            }
            if (!relation.equals("compound") && !relation.equals("nmod:poss") && !relation.startsWith("appos")
                    && !relation.equals("amod") && !relation.startsWith("nmod:of")) {
                return null;
            }
            node = syntax.head(node);
        }
        return null;
    }

    private boolean modifiesNonFacility(SentenceSyntax syntax, int head) {
        String relation = syntax.relationToHead(head);
        if (!relation.equals("compound") && !relation.equals("amod") && !relation.equals("nmod:poss")) {
            return false;
        }
        int governor = syntax.head(head);
        return governor < 0 || !facilityWords.contains(syntax.token(governor).lemma().toLowerCase(Locale.ROOT));
    }

    private boolean containsFacilityWord(List<Token> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            if (facilityWords.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern LEADING_THE = Pattern.compile("^(?i)the\\s+");
    private static final Pattern TRAILING_COMMA = Pattern.compile("\\s*,$");
    private static final Pattern TRAILING_DOT = Pattern.compile("\\.$");

    String name(String text) {
        String cleaned = TRAILING_COMMA.matcher(LEADING_THE.matcher(text).replaceAll("")).replaceAll("");
        String known = placeNames.get(cleaned.toLowerCase(Locale.ROOT));
        String noDot = TRAILING_DOT.matcher(cleaned).replaceAll("");
        if (known == null) {
            known = placeNames.get(noDot.toLowerCase(Locale.ROOT));
        }
        return known != null ? known : noDot;
    }
}
