package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.facts.CountryNames;
import org.dossier.facts.WorldCities;
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
    /** Nouns for those who hold people ("authorities", "police"): "Iranian authorities" act in Iran. */
    private Set<String> custodianNouns = Set.of();

    /** Nouns for where someone was, by kind: "flat" is a building, "coast" a stretch of land or sea. */
    private Map<String, String> siteNouns = Map.of();

    /** With the words for where someone was when something happened to them, and their kinds. */
    public PlaceFinder withSites(Map<String, String> sites) {
        siteNouns = Map.copyOf(sites);
        return this;
    }

    /** With the custodians' phrases, whose last words are nouns for those who hold people. */
    public PlaceFinder withCustodians(Set<String> custodianPhrases) {
        custodianNouns = custodianPhrases.stream().map(p -> p.substring(p.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        return this;
    }

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
            int missedTownEnd = townTheTaggerMissed(tokens, i);
            if (!isPlaceTag(ner) && !isNamedArea(tokens, i) && missedTownEnd < 0) {
                i++;
                continue;
            }
            int start = i;
            if (missedTownEnd >= 0) {
                i = missedTownEnd;
            }
            // an area named after "the state of" that the tagger did not take for a place goes on
            // over the words of its name only, not over every untagged word after it
            boolean tagged = isPlaceTag(ner);
            while (missedTownEnd < 0 && i < tokens.size() && (tokens.get(i).ner().equals(ner)
                    && (tagged || i == start || tokens.get(i).pos().startsWith("NNP"))
                    || joinsNextPlace(tokens, i, ner))) {
                i++;
            }
            start = withNameWordsBefore(syntax, start, i);
            start = withCountryNameBefore(tokens, start, i);
            if (namesFacilityBefore(tokens, start, i)) {
                i++; // "Evin prison", "Black Beach prison": the name and its facility word are one place
            }
            int end = i;
            if (ner.equals("ORGANIZATION") && !containsFacilityWord(tokens, start, end)) {
                continue;
            }
            int head = syntax.spanHead(start, end);
            int region = regionNoun(syntax, head, end);
            if (region >= 0) {
                // "Northland's Lake region", "Hill district": the place with the kind of area it is
                places.add(new PlaceSpan(start, region + 1, region,
                        name(PhraseMatcher.text(tokens, start, region + 1)), preposition(syntax, region)));
                continue;
            }
            String described = townTheCountryOwns(syntax, head, name(PhraseMatcher.text(tokens, start, end)));
            if (described != null) {
                // "Myanmar's largest city", "Hungary's capital": the town the words stand for
                int town = syntax.head(head);
                places.add(new PlaceSpan(start, town + 1, town, described, preposition(syntax, town)));
                continue;
            }
            if (modifiesNonFacility(syntax, head, PhraseMatcher.text(tokens, start, end))) {
                continue; // "U.S. ambassador", "Moscow court officials": a place used as an adjective
            }
            if (partOfName(syntax, head)) {
                continue; // "the Russian Embassy in Washington", "the Criminal Code of the Russian Federation"
            }
            String area = isNamedArea(tokens, start) && REGION_NOUNS.contains(tokens.get(start - 2).lemma().toLowerCase(Locale.ROOT))
                    ? " " + tokens.get(start - 2).lemma().toLowerCase(Locale.ROOT) : ""; // "the region of X": "X region"
            places.add(new PlaceSpan(start, end, head, name(PhraseMatcher.text(tokens, start, end)) + area + stateOf(syntax, head),
                    preposition(syntax, head)));
        }
        places.addAll(namedFacilities(syntax, places));
        places.addAll(countriesOfFacilities(syntax, places));
        places.sort(java.util.Comparator.comparingInt(PlaceSpan::start));
        return withLocations(syntax, places);
    }

    /**
     * A place name right before a lower-case facility word, not after "a" ("a Tehran prison" is a
     * prison in Tehran): the facility's own name.
     */
    private boolean namesFacilityBefore(List<Token> tokens, int start, int end) {
        if (end >= tokens.size() || !tokens.get(end).pos().equals("NN") || !Character.isLowerCase(tokens.get(end).word().charAt(0))
                || !facilityWords.contains(tokens.get(end).lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean headOfItsPhrase = end + 1 >= tokens.size() || !tokens.get(end + 1).pos().startsWith("NN");
        boolean country = org.dossier.facts.CountryNames.isCountry(name(PhraseMatcher.text(tokens, start, end)));
        return headOfItsPhrase && !country && (start == 0 || !tokens.get(start - 1).word().matches("(?i)an?|another|one"));
    }

    /**
     * Facilities named by capitalised words around a facility word that the tagger did not take
     * for an organisation: "Zelen prison", "Female Penal Colony IK-5", "Penal Colony No. 7".
     */
    private List<PlaceSpan> namedFacilities(SentenceSyntax syntax, List<PlaceSpan> found) {
        List<PlaceSpan> named = new ArrayList<>();
        List<Token> tokens = syntax.sentence().tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!facilityWords.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT))
                    || !tokens.get(i).pos().startsWith("NN")) {
                continue;
            }
            int start = i;
            int modifiers = i;
            while (modifiers > 0 && FACILITY_MODIFIERS.contains(tokens.get(modifiers - 1).word().toLowerCase(Locale.ROOT))) {
                modifiers--;
            }
            if (modifiers < i && modifiers > 0 && isNamePart(tokens.get(modifiers - 1))) {
                start = modifiers; // "Birch Hill women's prison", "Oakmoor maximum-security prison"
            }
            while (start > 0 && isNamePart(tokens.get(start - 1))) {
                start--;
            }
            int end = i + 1;
            while (end < tokens.size() && (isNamePart(tokens.get(end)) || isNumberPart(tokens, end))) {
                end++;
            }
            boolean capitalised = start < i || Character.isUpperCase(tokens.get(i).word().charAt(0)) && i > 0
                    && !tokens.get(i - 1).word().equals(".");
            int s = start;
            int e = end;
            // "a Saudi court": a people's adjective before a common noun is no name (see countriesOfFacilities)
            boolean demonymOnly = start == i - 1 && end == i + 1 && Character.isLowerCase(tokens.get(i).word().charAt(0))
                    && Demonyms.countryOf(tokens.get(start).word()) != null;
            if (!capitalised || demonymOnly || end - start < 2
                    || found.stream().anyMatch(p -> p.start() < e && s < p.end())
                    || named.stream().anyMatch(p -> p.start() < e && s < p.end())) {
                continue;
            }
            int head = syntax.spanHead(start, end);
            named.add(new PlaceSpan(start, end, head, name(PhraseMatcher.text(tokens, start, end)), preposition(syntax, head)));
            i = end - 1;
        }
        return named;
    }

    /**
     * "an overcrowded Venezuelan prison", "a Russian penal colony", "Iranian authorities", "in Chinese
     * custody", "Azerbaijani President X": a place
     * of custody or those who hold people, described by a people's adjective, are in their country.
     * A court only where the sentence names no other place: "a German court in Koblenz" is placed
     * by its city, "sentenced by a Russian court" in Russia.
     */
    private List<PlaceSpan> countriesOfFacilities(SentenceSyntax syntax, List<PlaceSpan> found) {
        List<PlaceSpan> countries = new ArrayList<>();
        List<Token> tokens = syntax.sentence().tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int facility = syntax.head(i);
            int at = i;
            // "a Saudi court": a people's adjective, which the tagger may take for a name ("compound")
            boolean custody = facility >= 0 && CUSTODY_NOUNS.contains(tokens.get(facility).lemma().toLowerCase(Locale.ROOT));
            boolean adjective = syntax.relationToHead(i).equals("amod")
                    || syntax.relationToHead(i).equals("compound") && (Demonyms.countryOf(tokens.get(i).word()) != null || custody);
            if (facility < 0 || !adjective || !placedByItsPeople(tokens.get(facility).lemma().toLowerCase(Locale.ROOT))
                    || tokens.get(facility).lemma().equalsIgnoreCase("court") && namesAnotherPlace(found)
                    || found.stream().anyMatch(p -> p.start() <= at && at < p.end() || p.head() == facility)) {
                continue;
            }
            // "North Korean authorities": the two words name the people, "Korean" alone another
            String twoWords = i > 0 ? Demonyms.countryOf(tokens.get(i - 1).word() + " " + tokens.get(i).word()) : null;
            String country = twoWords != null ? twoWords : Demonyms.countryOf(tokens.get(i).word());
            if (country == null && custody && found.stream().noneMatch(p -> syntax.head(p.head()) == facility
                        || syntax.head(p.head()) == syntax.head(facility) && "in".equals(p.preposition()))) {
                // "into U.S. custody": the country's own name; "U.S. custody in China" is placed by China
                country = countryNamed(tokens.get(i).word());
            }
            if (country != null) {
                countries.add(new PlaceSpan(twoWords != null ? i - 1 : i, i + 1, facility, capitalIfNamed(syntax, facility, country),
                        preposition(syntax, facility)));
            }
        }
        return countries;
    }

    private String countryNamed(String word) {
        String name = name(word);
        return CountryNames.isCountry(name) ? name : null;
    }

    /** A noun that a people's adjective places in their country: a facility, those who hold or try people, a site. */
    private boolean placedByItsPeople(String noun) {
        return facilityWords.contains(noun) || custodianNouns.contains(noun) || CUSTODY_NOUNS.contains(noun)
                || HEADS_OF_STATE.contains(noun) || PROSECUTORS.contains(noun) || siteNouns.containsKey(noun);
    }

    /** "Myanmar's largest city" is "Yangon, Myanmar", "Hungary's capital" "Budapest, Hungary"; null for any other words. */
    private static String townTheCountryOwns(SentenceSyntax syntax, int head, String country) {
        int noun = syntax.head(head);
        String owner = CountryNames.countryOf(country);
        return noun < 0 || !syntax.relationToHead(head).startsWith("nmod:poss") || owner == null ? null
                : townOf(syntax, noun, owner);
    }

    /** "the Hungarian capital" is "Budapest, Hungary"; any other place described by a people's adjective is their country. */
    private static String capitalIfNamed(SentenceSyntax syntax, int noun, String country) {
        String town = townOf(syntax, noun, country);
        return town != null ? town : country;
    }

    /** The town a noun names in the country ("capital", "largest city"), with its country; null if it names none. */
    private static String townOf(SentenceSyntax syntax, int noun, String country) {
        String lemma = syntax.token(noun).lemma().toLowerCase(Locale.ROOT);
        boolean largest = syntax.children(noun, "amod").stream()
                .anyMatch(a -> LARGEST.contains(syntax.token(a).word().toLowerCase(Locale.ROOT)));
        String town = lemma.equals("capital") ? WorldCities.capitalOf(country)
                : lemma.equals("city") && largest ? WorldCities.largestTownOf(country) : null;
        return town == null ? null : town + ", " + country;
    }

    private static final Set<String> LARGEST = Set.of("largest", "biggest");

    /**
     * "a German court in Koblenz": the sentence names a place other than its dateline ("BEIRUT -"),
     * which places the hearing more precisely than the court's country.
     */
    private static boolean namesAnotherPlace(List<PlaceSpan> found) {
        return found.stream().anyMatch(p -> !p.text().equals(p.text().toUpperCase(Locale.ROOT)));
    }

    /** "in Iranian custody", "in Malian captivity": custody in the country of the people who hold it. */
    private static final Set<String> CUSTODY_NOUNS = Set.of("custody", "captivity");
    /** "Azerbaijani President X has pardoned 175 convicts": a head of state's pardon is given in their country. */
    private static final Set<String> HEADS_OF_STATE = Set.of("president", "king", "emir");
    /** "accused by Portuguese prosecutors": a charge brought in the prosecutors' country. */
    private static final Set<String> PROSECUTORS = Set.of("prosecutor", "prosecution");

    /** Words between a facility's name and its noun: "women's", "maximum-security", "military". */
    private static final Set<String> FACILITY_MODIFIERS = Set.of("women", "men", "'s", "\u2019s", "women's", "men's",
            "maximum-security", "high-security", "maximum", "security", "-", "juvenile", "military", "central",
            "federal", "state", "regional", "city", "district");

    /** Articles the tagger may take for a name's first word after a dateline ("BEIRUT - A Saudi court"). */
    private static final Set<String> ARTICLES = Set.of("A", "An", "The");

    private static boolean isNamePart(Token t) {
        return t.pos().startsWith("NNP") && !ARTICLES.contains(t.word()) && Character.isUpperCase(t.word().charAt(0)) && !"DATE".equals(t.ner())
                || t.word().matches("[A-Z]{1,4}-\\d+");
    }

    /** "No. 7", "IK-5", "No 2" after a facility's name. */
    private static boolean isNumberPart(List<Token> tokens, int i) {
        String w = tokens.get(i).word();
        if (w.matches("\\d+[A-Za-z]?|[A-Z]{1,4}-\\d+")) {
            return i > 0 && (tokens.get(i - 1).word().matches("(?i)no\\.?|number") || w.contains("-")
                    || !tokens.get(i - 1).pos().startsWith("CD"));
        }
        return w.matches("(?i)no\\.?") && i + 1 < tokens.size() && tokens.get(i + 1).word().matches("\\d+");
    }


    private static final Set<String> REGION_NOUNS = Set.of("region", "district", "province", "oblast", "krai",
            "republic", "county", "prefecture", "governorate", "territory");
    private static final Set<String> STATE_NOUNS = Set.of("state", "province", "region", "republic", "territory");

    /**
     * The noun right after a place that makes it an area ("Lake region", "Hill district", "Tachira state"),
     * or -1; not when the noun is followed by its own name ("the US state of Georgia").
     */
    private static int regionNoun(SentenceSyntax syntax, int head, int end) {
        if (end >= syntax.size() || syntax.head(head) != end || !syntax.relationToHead(head).equals("compound")) {
            return -1;
        }
        String lemma = syntax.token(end).lemma().toLowerCase(Locale.ROOT);
        // "Tachira state", "Rakhine state": a state written small after its name
        boolean state = syntax.token(end).word().equals("state");
        if (!REGION_NOUNS.contains(lemma) && !state || !syntax.children(end, "nmod:of").isEmpty()) {
            return -1;
        }
        return end;
    }

    /** "the US state of Georgia": the state with its country, so it is not taken for a country of that name. */
    private String stateOf(SentenceSyntax syntax, int head) {
        if (!syntax.relationToHead(head).startsWith("nmod:of")) {
            return "";
        }
        int governor = syntax.head(head);
        if (governor < 0 || !STATE_NOUNS.contains(syntax.token(governor).lemma().toLowerCase(Locale.ROOT))) {
            return "";
        }
        for (var d : syntax.children(governor)) {
            Token t = syntax.token(d.dependent());
            if ((d.relation().equals("compound") || d.relation().equals("nmod:poss") || d.relation().equals("amod"))
                    && t.ner().equals("LOCATION")) {
                return ", " + name(t.word());
            }
        }
        return "";
    }

    /** A place attached to a name that is not a facility, or to a title: it says whose, not where. */
    private boolean partOfName(SentenceSyntax syntax, int head) {
        String relation = syntax.relationToHead(head);
        // "deported Tom Ash to Peru": a name is never "to" a place; the parser hung the verb's destination on it
        if (!relation.startsWith("nmod") || relation.equals("nmod:to") || relation.equals("nmod:into")) {
            return false;
        }
        int governor = syntax.head(head);
        if (governor < 0) {
            return false;
        }
        Token g = syntax.token(governor);
        String lemma = g.lemma().toLowerCase(Locale.ROOT);
        if (facilityWords.contains(lemma) || BENCH.contains(lemma)) {
            return false; // "sentenced by three judges in X": where the court sits
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
        if (location.start() == facility.end() + 1
                && syntax.token(facility.end()).word().toLowerCase(Locale.ROOT).matches("in|at|near|outside")) {
            return true; // "a Federal prison in Butner", however the parser attaches the second phrase
        }
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

    private static final Set<String> BENCH = Set.of("judge", "magistrate", "jury");
    /** Nouns an area's name follows after "of" ("the city of X", "the region of X"). */
    private static final Set<String> AREA_NOUNS = java.util.stream.Stream.concat(REGION_NOUNS.stream(),
            java.util.stream.Stream.of("city", "town", "village", "state", "island", "capital", "port", "municipality"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** "the northern city of Gao": a proper noun an area noun names is a place, whatever the tagger took it for. */
    static boolean isNamedArea(List<Token> tokens, int i) {
        return i >= 2 && tokens.get(i).pos().equals("NNP") && tokens.get(i - 1).word().equals("of")
                && AREA_NOUNS.contains(tokens.get(i - 2).lemma().toLowerCase(Locale.ROOT));
    }

    /** Prepositions that put what follows them somewhere: "in", "at", "near". */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "from");
    /** Tags of a name the tagger did not know for a place ("in August" is a date, not a town of that name). */
    private static final Set<String> UNTAGGED_NAME_TAGS = Set.of("O", "MISC", "PERSON");

    /**
     * "a court in Kyiv", "detained at Shashemene": proper nouns after a preposition of place that
     * the tagger did not take for a place but the gazetteer knows as a town or country. Returns
     * the end of the name, or -1. Not before a possessive ("in Lee's house") or a capitalised
     * word of the same name.
     */
    static int townTheTaggerMissed(List<Token> tokens, int i) {
        if (i == 0 || !tokens.get(i).pos().equals("NNP") || !UNTAGGED_NAME_TAGS.contains(tokens.get(i).ner())
                || !LOCATIVE.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int end = i;
        while (end < tokens.size() && tokens.get(end).pos().equals("NNP") && UNTAGGED_NAME_TAGS.contains(tokens.get(end).ner())
                && end - i < 4) {
            end++;
        }
        if (end < tokens.size() && (tokens.get(end).pos().equals("POS") || tokens.get(end).pos().startsWith("NN"))) {
            return -1;
        }
        String name = PhraseMatcher.text(tokens, i, end);
        return WorldCities.countryOf(name) != null || CountryNames.isCountry(name) ? end : -1;
    }

    private static final Set<String> UNPLACED_NAME_TAGS = Set.of("PERSON", "O");

    /**
     * "Ho Chi Minh City", its first word left out by the tagger or taken for a person's name: proper
     * nouns right before a place that the parser joins to it as parts of one name are part of the
     * place's name.
     */
    private static int withNameWordsBefore(SentenceSyntax syntax, int start, int end) {
        int first = start;
        while (first > 0 && syntax.token(first - 1).pos().equals("NNP") && UNPLACED_NAME_TAGS.contains(syntax.token(first - 1).ner())
                && syntax.relationToHead(first - 1).equals("compound") && syntax.head(first - 1) >= start && syntax.head(first - 1) < end) {
            first--;
        }
        return first;
    }

    private static boolean isPlaceTag(String ner) {
        return ner.equals("LOCATION") || ner.equals("ORGANIZATION");
    }

    /** "Turks and Caicos", "Trinidad and Tobago": the words before "and" that make one country's name with the place. */
    private int withCountryNameBefore(List<Token> tokens, int start, int end) {
        if (start >= 2 && tokens.get(start - 1).word().equals("and") && tokens.get(start - 2).pos().startsWith("NNP")
                && CountryNames.isCountry(name(PhraseMatcher.text(tokens, start - 2, end)))) {
            return start - 2;
        }
        return start;
    }

    /**
     * "Sintra , Lisbon District": a comma between two locations keeps them one place; not when the
     * second owns or describes what follows ("a colony in Gomel, Lithuania's foreign ministry said",
     * "in Colombia, U.S. officials believe").
     */
    private static boolean joinsNextPlace(List<Token> tokens, int i, String ner) {
        if (!(ner.equals("LOCATION") && tokens.get(i).word().equals(",") && i + 1 < tokens.size()
                && tokens.get(i + 1).ner().equals("LOCATION") && i > 0 && tokens.get(i - 1).ner().equals("LOCATION"))) {
            return false;
        }
        int after = i + 1;
        while (after < tokens.size() && tokens.get(after).ner().equals("LOCATION")) {
            after++;
        }
        // "Russia's ...": the second place owns something; "in West Africa, Canberra said": it speaks;
        // "around Colombia, U.S. officials believe": it describes the noun after it
        // or names an organisation of its own ("in Harare, U.S. Embassy spokesman X told")
        String next = after < tokens.size() ? tokens.get(after).pos() : "";
        return after >= tokens.size() || !next.equals("POS") && !next.startsWith("VB") && !next.equals("NN") && !next.equals("NNS")
                && !tokens.get(after).ner().equals("ORGANIZATION");
    }

    /** Nouns whose "of" names the one asking: "at the request of Ankara", "on the orders of Moscow". */
    private static final Set<String> REQUESTERS = Set.of("request", "behest", "demand", "order", "instruction",
            "initiative", "invitation", "insistence");

    /** Verbs whose object is the place someone was in: "leave Iran", "fled the country". */
    private static final Set<String> DEPARTURES = Set.of("leave", "flee", "exit", "depart");

    /** The preposition of the place, or of the noun it modifies ("at the Riverton prison"). */
    static String preposition(SentenceSyntax syntax, int head) {
        String relation0 = syntax.relationToHead(head);
        int governor0 = syntax.head(head);
        String governorLemma = governor0 < 0 ? "" : syntax.token(governor0).lemma().toLowerCase(Locale.ROOT);
        if (relation0.startsWith("nmod:of") && BEARINGS.contains(governorLemma)) {
            return "bearing"; // "1,000 miles east of Moscow": a bearing from the place, not the place
        }
        if (relation0.startsWith("nmod:of") && REQUESTERS.contains(governorLemma)) {
            return "asked by"; // "repatriated at the request of Ankara": the state that asks, not the place
        }
        if (relation0.equals("obj") && DEPARTURES.contains(governorLemma)) {
            return "from"; // "detained as he was about to leave the country": where he was
        }
        int node = head;
        for (int step = 0; step < 4 && node >= 0; step++) {
            String relation = syntax.relationToHead(node);
            if (relation.startsWith("nmod:to") && journey(syntax, syntax.head(node))) {
                return "in"; // "detained while on a trip to Yekaterinburg", "a visit to the city of X": where the person was
            }
            for (int c : syntax.children(node, "case")) {
                String prep = withFixedWords(syntax, c); // "on behalf of the United States" is no place "on"
                if (relation.equals("nmod:poss") && byTheirs(syntax, node)) {
                    return "by"; // "arrested by Iran's authorities": the state that acts, as "by Iran"
                }
                if (!prep.equals("of") || !relation.startsWith("nmod:of")) {
                    return prep;
                }
                // "on the island of Madeira", "in the republic of Karelia": the preposition of the noun named
            }
            String shared = sharedPreposition(relation);
            if (shared != null) {
                return shared; // "posts about X, Y and Z": Z has no "about" of its own, its edge says it
            }
            if (!relation.equals("compound") && !relation.equals("nmod:poss") && !relation.startsWith("appos")
                    && !relation.equals("amod") && !relation.startsWith("nmod:of")) {
                return null;
            }
            node = syntax.head(node);
        }
        return null;
    }

    private static boolean byTheirs(SentenceSyntax syntax, int possessor) {
        int owned = syntax.head(possessor);
        return owned >= 0 && syntax.children(owned, "case").stream()
                .anyMatch(c -> syntax.token(c).word().equalsIgnoreCase("by"));
    }

    /**
     * A preposition with the words fixed to it ("on behalf of", "instead of"), in lower case; a
     * lone "of" adds nothing ("outside of Moscow" is "outside Moscow").
     */
    private static String withFixedWords(SentenceSyntax syntax, int preposition) {
        String word = syntax.token(preposition).lemma().toLowerCase(Locale.ROOT);
        List<String> fixed = syntax.children(preposition, "fixed").stream()
                .map(f -> syntax.token(f).lemma().toLowerCase(Locale.ROOT)).toList();
        return fixed.isEmpty() || fixed.equals(List.of("of")) ? word : word + " " + String.join(" ", fixed);
    }

    /** The preposition an enhanced edge carries ("nmod:about", "obl:in"), for a conjunct that shares it. */
    private static String sharedPreposition(String relation) {
        int colon = relation.indexOf(':');
        if (colon < 0 || !(relation.startsWith("nmod:") || relation.startsWith("obl:"))) {
            return null;
        }
        String prep = relation.substring(colon + 1);
        return prep.equals("of") || prep.equals("poss") || prep.equals("tmod") || prep.equals("npmod") ? null
                : prep.replace('_', ' ');
    }

    private static final Set<String> BEARINGS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern");
    private static final Set<String> JOURNEYS = Set.of("trip", "visit", "journey", "travel", "tour", "holiday",
            "vacation", "stay");

    private static boolean journey(SentenceSyntax syntax, int noun) {
        return noun >= 0 && JOURNEYS.contains(syntax.token(noun).lemma().toLowerCase(Locale.ROOT));
    }

    private boolean modifiesNonFacility(SentenceSyntax syntax, int head, String place) {
        String relation = syntax.relationToHead(head);
        if (!relation.equals("compound") && !relation.equals("amod") && !relation.equals("nmod:poss")) {
            return false;
        }
        int governor = syntax.head(head);
        if (governor < 0) {
            return true;
        }
        if ("DATE".equals(syntax.token(governor).ner())) {
            return false; // "Iran Saturday released him": the state that acts, with the day it did
        }
        String lemma = syntax.token(governor).lemma().toLowerCase(Locale.ROOT);
        String site = siteNouns.get(lemma);
        boolean locatesSite = "building".equals(site) || site != null && CountryNames.countryOf(name(place)) != null;
        // "Tokyo prosecutors charged him": the charge is brought where the prosecutors sit
        return !facilityWords.contains(lemma) && !locatesSite && !PROSECUTORS.contains(lemma);
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
