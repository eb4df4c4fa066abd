package org.dossier.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.concurrent.InOrder;
import org.dossier.nlp.AnnotatedArticle;
import org.dossier.nlp.Dependency;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Finds the people named in a set of articles and gives each real person one id: a full name
 * ("Jan Novak"), the surname or first name alone, "Mr.Novak" and spelling variants of a
 * long surname ("Novakov") all come to the same person.
 */
public final class PeopleFinder {

    private static final Pattern TITLED = Pattern.compile("^(?:Mr|Mrs|Ms|Dr)\\.(\\p{Lu}[\\p{L}'-]+)$");
    private static final Pattern NAME_WORD = Pattern.compile("^\\p{Lu}[\\p{L}'\u2019.-]*$");
    /** The lower-case second syllable of a hyphenated given name ("Dong-chul", "Hak-song"). */
    private static final Pattern HYPHENED_SYLLABLE = Pattern.compile("^\\p{Ll}{2,}$");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DASH_ENDS = Pattern.compile("(^-|-$)");

    private final Map<String, PersonName> people = new LinkedHashMap<>();
    private final List<PersonMention> mentions = new ArrayList<>();
    private final Map<String, List<PersonName>> byFirstName = new java.util.HashMap<>();
    private final Map<String, List<PersonName>> bySurnameKey = new java.util.HashMap<>();
    /** Other names given for a person ("alias Janko"), folded, and their first words. */
    private final Map<String, PersonName> aliases = new java.util.HashMap<>();

    /** A person's name parts as collected from the articles. */
    public record PersonName(String id, String first, String last, List<String> forms) {
        /**
         * The name as a reader knows it: a name of three to five words whose middle words are
         * part of it ("Daw Khin Mya Thein", "Tran Van Minh") is kept whole; a middle initial or a
         * patronymic ("Pavel K. Orlov", "Pavel Konstantinovich Orlov") is left out.
         */
        String full() {
            if (first == null) {
                return last;
            }
            // "Ana Abdel Salam" over "Ana Abdelsalam": the name written with its parts apart
            String joined = joinedWords(first + " " + last);
            return forms.stream().filter(f -> f.split(" ").length <= 5 && f.startsWith(first + " ")
                            && (f.endsWith(" " + last) || joinedWords(f).equals(joined)
                                || isGivenNameAndFirstSurnameOf(first + " " + last, f)))
                    .filter(PersonName::middleIsPartOfName)
                    .max(java.util.Comparator.comparingInt(String::length)).orElse(first + " " + last);
        }

        private static boolean middleIsPartOfName(String form) {
            String[] words = form.split(" ");
            for (int i = 1; i < words.length - 1; i++) {
                if (words[i].length() < 2 || words[i].endsWith(".") || PATRONYMIC.matcher(words[i]).find()) {
                    return false;
                }
            }
            return true;
        }

        private static final java.util.regex.Pattern PATRONYMIC = java.util.regex.Pattern.compile("(?:ovich|evich|ich|ovna|evna|ichna)$");
    }

    public static PeopleFinder find(List<AnnotatedArticle> articles) {
        return find(articles, 1);
    }

    /** As {@link #find(List)}, reading the names of each article on up to {@code threads} threads. */
    public static PeopleFinder find(List<AnnotatedArticle> articles, int threads) {
        PeopleFinder finder = new PeopleFinder();
        List<NameSpan> spans = new ArrayList<>();
        Set<NameSpan> knownAs = new java.util.HashSet<>();
        for (NamesOfArticle names : InOrder.map(articles, threads, "people", PeopleFinder::namesOf)) {
            spans.addAll(names.spans());
            knownAs.addAll(names.knownAs());
        }
        spans.stream().filter(n -> n.isFullName() && n.aliasOf() == null && !knownAs.contains(n)).forEach(finder::addFullName);
        spans.stream().filter(n -> n.aliasOf() != null).map(n -> withTheFullNameItAliases(n, spans)).forEach(finder::addAlias);
        knownAs.forEach(finder::addKnownAs);
        Map<String, List<NameSpan>> byArticle = new java.util.HashMap<>();
        spans.forEach(s -> byArticle.computeIfAbsent(s.article(), k -> new ArrayList<>()).add(s));
        for (AnnotatedArticle a : articles) {
            finder.resolveArticle(a, byArticle.getOrDefault(a.article().id(), List.of()));
        }
        return finder;
    }

    /** The names one article gives, and those of them introduced by what the person is known as. */
    private record NamesOfArticle(List<NameSpan> spans, List<NameSpan> knownAs) {
    }

    private static NamesOfArticle namesOf(AnnotatedArticle a) {
        Set<String> personWords = personWords(a);
        Set<String> surnames = surnamesOfFullNames(a);
        List<NameSpan> ofArticle = new ArrayList<>();
        List<NameSpan> knownAs = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            for (NameSpan span : nameSpans(a.article().id(), s, personWords, surnames)) {
                ofArticle.add(span);
                if (span.isFullName() && span.aliasOf() == null && introducedAsKnownAs(s.tokens(), span.start())) {
                    knownAs.add(span);
                }
            }
        }
        return new NamesOfArticle(withUntaggedGivenNames(a, withFullNamesWhereverWritten(a,
                withKinSurnames(a, withoutOutletsBefore(a, withoutDaysBefore(a, ofArticle))))), knownAs);
    }

    /** "NPR", "BBC": a short word in capitals, written apart from the name of a body elsewhere. */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,5}");

    /**
     * "A spokesman tells NPR Hijazi landed": the tagger took the outlet spoken to into the name
     * after it. A first word in capitals that the article elsewhere tags as a body is no part of it.
     */
    private static List<NameSpan> withoutOutletsBefore(AnnotatedArticle article, List<NameSpan> spans) {
        Map<String, Integer> bodies = otherEntityWords(article);
        return spans.stream().map(n -> n.words().size() >= 2 && n.aliasOf() == null
                && ACRONYM.matcher(n.first()).matches() && bodies.containsKey(n.first()) ? n.withoutFirstWord() : n).toList();
    }

    /** "condemned on Sunday Durov's arrest": a weekday after "on" is the day, not the name's first word. */
    private static List<NameSpan> withoutDaysBefore(AnnotatedArticle article, List<NameSpan> spans) {
        return spans.stream().map(n -> n.words().size() >= 2 && n.aliasOf() == null && n.start() > 0
                && java.util.Arrays.stream(java.time.DayOfWeek.values()).anyMatch(d -> d.name().equalsIgnoreCase(n.first()))
                && article.sentences().get(n.sentence()).tokens().get(n.start() - 1).word().equalsIgnoreCase("on")
                ? n.withoutFirstWord() : n).toList();
    }

    /**
     * "Win Ko Htun" tagged a person in one sentence and only "Ko Htun" in the next: a full name the
     * article gives is that name wherever its words stand in the same order, tagged or not.
     */
    private static List<NameSpan> withFullNamesWhereverWritten(AnnotatedArticle article, List<NameSpan> spans) {
        List<NameSpan> full = spans.stream().filter(n -> n.isFullName() && n.aliasOf() == null
                && n.end() - n.start() == n.words().size()).toList();
        List<NameSpan> all = new ArrayList<>(spans);
        for (Sentence s : article.sentences()) {
            for (NameSpan name : full) {
                for (int i = 0; i + name.words().size() <= s.tokens().size(); i++) {
                    if (writesAt(s.tokens(), i, name.words())) {
                        NameSpan here = new NameSpan(article.article().id(), s.index(), i, i + name.words().size(), name.words());
                        if (all.removeIf(n -> n.sentence() == here.sentence() && n.aliasOf() == null && here.start() <= n.start()
                                && n.end() <= here.end() && n.end() - n.start() < here.end() - here.start())) {
                            all.add(here);
                        }
                    }
                }
            }
        }
        all.sort(IN_READING_ORDER);
        return all;
    }

    private static boolean writesAt(List<Token> tokens, int at, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(at + k).word().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Nagaenthran was arrested", where the tagger found no person: a proper noun standing alone
     * that opens a name the article gives in full is that name's first word.
     */
    private static List<NameSpan> withUntaggedGivenNames(AnnotatedArticle article, List<NameSpan> spans) {
        Set<String> given = new java.util.HashSet<>();
        spans.stream().filter(n -> n.isFullName() && n.aliasOf() == null).forEach(n -> given.add(n.first()));
        List<NameSpan> all = new ArrayList<>(spans);
        for (Sentence s : article.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                int at = i;
                if (isUntaggedWordOf(tokens, i, given)
                        && spans.stream().noneMatch(n -> n.sentence() == s.index() && n.start() <= at && at < n.end())) {
                    all.add(new NameSpan(article.article().id(), s.index(), i, i + 1, List.of(tokens.get(i).word())));
                }
            }
        }
        all.sort(IN_READING_ORDER);
        return all;
    }

    /**
     * "Tom Ash and his son Sam", "Tom Ash's daughter Ruth": a given name alone after a word for a
     * child or sibling of someone named in full takes that person's surname.
     */
    private static List<NameSpan> withKinSurnames(AnnotatedArticle article, List<NameSpan> spans) {
        List<NameSpan> named = new ArrayList<>();
        for (NameSpan span : spans) {
            NameSpan kin = named.isEmpty() || span.isFullName() || span.aliasOf() != null ? null
                    : kinOfTheLastNamed(article.sentences().get(span.sentence()).tokens(), span, named);
            named.add(kin != null ? span.withWords(List.of(span.first(), kin.last())) : span);
        }
        return named;
    }

    /** The person named in full before {@code span} that "his son" or "X's son" before it refers to, else null. */
    private static NameSpan kinOfTheLastNamed(List<Token> tokens, NameSpan span, List<NameSpan> before) {
        int at = span.start();
        // "his son, Dr. Hani": a comma and a title may stand between the family word and the name
        while (at > 2 && HONORIFICS.contains(tokens.get(at - 1).word().toLowerCase(java.util.Locale.ROOT))) {
            at--;
        }
        if (at > 2 && tokens.get(at - 1).word().equals(",")) {
            at--;
        }
        if (at < 2 || !SHARING_A_SURNAME.contains(tokens.get(at - 1).word().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        String owner = tokens.get(at - 2).word().toLowerCase(java.util.Locale.ROOT);
        NameSpan last = before.get(before.size() - 1);
        if (owner.equals("'s") || owner.equals("\u2019s")) {
            boolean namedRightBefore = last.sentence() == span.sentence() && last.end() == at - 2;
            return namedRightBefore && last.isFullName() ? last : null;
        }
        if (!owner.equals("his") && !owner.equals("her")) {
            return null;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            if (before.get(i).isFullName() && before.get(i).aliasOf() == null) {
                return before.get(i).sentence() >= span.sentence() - 2 ? before.get(i) : null;
            }
        }
        return null;
    }

    /** Family words whose bearer most often shares the surname of the one they belong to. */
    private static final Set<String> SHARING_A_SURNAME = Set.of("son", "daughter", "brother", "sister", "father");

    /** Words written before a name that are no part of it ("Mrs Lee", "Dr Lee"). */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord",
            "lady", "prof", "professor", "rev", "mr.", "mrs.", "ms.", "dr.", "prof.", "rev.", "madam", "mx");
    private static final java.util.Comparator<NameSpan> IN_READING_ORDER =
            java.util.Comparator.comparingInt(NameSpan::sentence).thenComparingInt(NameSpan::start);
    /** Words that give the next name as another name of the one before ("Jan Novak alias Janko"). */
    private static final Set<String> ALIAS_WORDS = Set.of("alias", "aka", "a.k.a.", "a.k.a", "nicknamed", "dubbed");
    /** The first word of a credit line or caption, whose names are no people of the story ("Picture: ..."). */
    private static final Set<String> CAPTIONS = Set.of("picture", "photo", "photograph", "image", "credit", "caption",
            "video", "file");

    static List<NameSpan> nameSpans(String article, Sentence s) {
        return nameSpans(article, s, Set.of());
    }

    /**
     * As {@link #nameSpans(String, Sentence)}; {@code personWords} are the words the article
     * elsewhere tags as a person's name, so that the same name tagged a place or an
     * organisation here ("Loujain al-Hathloul, one of ...") is still a name.
     */
    static List<NameSpan> nameSpans(String article, Sentence s, Set<String> personWords) {
        return nameSpans(article, s, personWords, Set.of());
    }

    /**
     * As {@link #nameSpans(String, Sentence, Set)}; {@code surnames} end names the article gives in
     * full, so that "Chan" alone, after "Andrew Chan", is his surname and not the religion the word
     * also names.
     */
    static List<NameSpan> nameSpans(String article, Sentence s, Set<String> personWords, Set<String> surnames) {
        List<Token> tokens = s.tokens();
        if (isCaption(tokens)) {
            return List.of();
        }
        List<NameSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String text = tokens.get(i).word();
            Matcher titled = text.indexOf('.') > 0 ? TITLED.matcher(text) : null; // no dot, no "Dr.Lee"
            if (titled != null && titled.matches()) {
                spans.add(new NameSpan(article, s.index(), i, i + 1, List.of(titled.group(1))));
                i++;
                continue;
            }
            int pronounOpened = nameOpenedByAPronoun(tokens, i);
            if (pronounOpened > i) {
                spans.add(wordsAsName(article, s, i, pronounOpened));
                i = pronounOpened;
                continue;
            }
            NameSpan completed = bracketedGivenName(article, s, i);
            if (completed != null) {
                spans.add(completed);
                i = completed.end();
                continue;
            }
            if (PlaceFinder.isNamedArea(tokens, i)) {
                i++; // "the city of Gao", tagged as a person
                continue;
            }
            if (!isNameToken(tokens.get(i)) || opensAsAPersonNoun(tokens, i)) {
                NameSpan mistagged = mistaggedName(article, s, i, personWords);
                if (mistagged != null) {
                    spans.add(mistagged);
                    i = mistagged.end();
                    continue;
                }
                if (isUntaggedWordOf(tokens, i, surnames)) {
                    spans.add(new NameSpan(article, s.index(), i, i + 1, List.of(tokens.get(i).word())));
                    i++;
                    continue;
                }
                int untagged = untaggedNameAfterTitle(tokens, i);
                if (untagged > i) {
                    spans.add(wordsAsName(article, s, i, untagged));
                    i = untagged;
                    continue;
                }
                i++;
                continue;
            }
            List<String> words = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            while (i < tokens.size() && (isNameToken(tokens.get(i)) || !words.isEmpty() && isParticleInName(tokens, i))) {
                starts.add(i);
                int last = lastOfHyphenated(tokens, i);
                words.add(hyphenated(tokens, i, last));
                i = last + 1;
            }
            if (i < tokens.size() && words.size() >= 2 && surnames.contains(tokens.get(i).word())
                    && isUntaggedProperNoun(tokens.get(i))) {
                starts.add(i);
                words.add(tokens.get(i++).word()); // "Ernest Fenwick MacIntosh", the surname untagged
            }
            if (i < tokens.size() && words.size() >= 2 && GENERATION.matcher(tokens.get(i).word()).matches()) {
                starts.add(i);
                words.add(tokens.get(i++).word()); // "Vladimir Lyubishin Sr.", the "Sr." tagged apart
            }
            generationKept(words, starts);
            int first = 0;
            boolean afterNationality = !starts.isEmpty() && starts.get(0) > 0
                    && Nationalities.Words.get().isNationality(tokens.get(starts.get(0) - 1).word());
            while (first < words.size() && notPartOfName(words.get(first), tokens.get(starts.get(first)),
                    first < words.size() - 1, afterNationality && first == 0)) {
                first++;
            }
            while (words.size() - first >= 3 && rankOrOffice(words.get(first))) {
                first++; // "Vice-Colonel Giorgi Tsertsvadze"; "Pope Leo" and "Baroness Scotland" are named by it
            }
            if (first == words.size() && words.size() == 1 && surnames.contains(words.get(0))) {
                first = 0;
            }
            if (first < words.size()) {
                spans.add(new NameSpan(article, s.index(), starts.get(first), i, List.copyOf(words.subList(first, words.size()))));
            }
        }
        return relate(spans, tokens, surnames).stream()
                .filter(n -> !AREA_WORDS.contains(n.last()) && !INSTITUTION_WORDS.contains(n.last()) && !endsANamedThing(tokens, n))
                .filter(n -> !creditedForAPicture(tokens, n))
                .filter(n -> !opensADateline(tokens, n)).toList();
    }

    /** "Santo Domingo (AFP) - Four men ...": the town a story is sent from, followed by its agency, names no one. */
    private static boolean opensADateline(List<Token> tokens, NameSpan span) {
        int mark = ReportsAndWordOrder.datelineMark(tokens);
        return span.start() == 0 && mark > span.end() && tokens.get(span.end()).pos().equals("-LRB-")
                && tokens.get(mark - 1).pos().equals("-RRB-");
    }

    /** "Guang Province", "Tver Oblast": a name that ends in a word for a region names the region, whatever the tagger says. */
    private static final Set<String> AREA_WORDS = Set.of("Province", "Region", "County", "District", "Prefecture",
            "Oblast", "Governorate", "Municipality", "Territory");

    /** "Indiana University", "Evin Prison": a name that ends in a word for a place of work or study names the place, whatever the tagger says. */
    private static final Set<String> INSTITUTION_WORDS = Set.of("University", "College", "School", "Academy", "Institute",
            "Hospital", "Ministry", "Prison", "Embassy", "Consulate", "Museum", "Airport");

    /** "the Old Bailey": one word tagged a person after "the" and a capitalised word tagged no person ends the name of a thing. */
    private static boolean endsANamedThing(List<Token> tokens, NameSpan n) {
        int before = n.start() - 1;
        return n.end() - n.start() == 1 && before >= 1 && tokens.get(before).pos().equals("NNP")
                && !"PERSON".equals(tokens.get(before).ner()) && tokens.get(before - 1).word().equalsIgnoreCase("the")
                && !HONORIFICS.contains(tokens.get(before).word().toLowerCase(Locale.ROOT).replace(".", ""))
                && !Nationalities.Words.get().isTitle(tokens.get(before).word().toLowerCase(Locale.ROOT));
    }

    /** "Jr.", "Sr.": which of a father and son of one name is meant, part of the surname it follows. */
    private static final Pattern GENERATION = Pattern.compile("(?i)(jr|sr)\\.?");

    /** "Vladimir Lyubishin Jr.": a "Jr." after the surname is one word of the name with it. */
    private static void generationKept(List<String> words, List<Integer> starts) {
        int last = words.size() - 1;
        if (last >= 2 && GENERATION.matcher(words.get(last)).matches()) {
            words.set(last - 1, words.get(last - 1) + " " + words.remove(last));
            starts.remove(last);
        }
    }

    /**
     * "the Department of International Relations and Co-operation (Dirco)": a word in brackets
     * right after a body's capitalised name is that body's short name, no person, wherever the
     * article uses it ("Dirco is trying to secure his release").
     */
    private static Set<String> shortNamesOfBodies(AnnotatedArticle article) {
        Set<String> names = new java.util.HashSet<>();
        for (Sentence s : article.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 2; i + 1 < tokens.size(); i++) {
                Token before = tokens.get(i - 2);
                boolean afterAName = before.pos().startsWith("NNP") && !"PERSON".equals(before.ner());
                if (afterAName && OPENING_BRACKETS.contains(tokens.get(i - 1).word())
                        && CLOSING_BRACKETS.contains(tokens.get(i + 1).word())) {
                    names.add(tokens.get(i).word());
                }
            }
        }
        return names;
    }

    private static final Set<String> OPENING_BRACKETS = Set.of("(", "-LRB-", "[", "-LSB-");
    private static final Set<String> CLOSING_BRACKETS = Set.of(")", "-RRB-", "]", "-RSB-");

    /** The words {@code from..to-1} of a sentence as one name, whatever the tagger made of them. */
    private static NameSpan wordsAsName(String article, Sentence s, int from, int to) {
        return new NameSpan(article, s.index(), from, to, s.tokens().subList(from, to).stream().map(Token::word).toList());
    }

    /**
     * "Thailand extradited She Zhijiang": a family name written like a pronoun, capitalised inside
     * the sentence and followed by capitalised words, opens a name, whatever the tagger made of the
     * words after it (a town's name too). The end of the name, or {@code i} if there is none.
     */
    private static int nameOpenedByAPronoun(List<Token> tokens, int i) {
        if (!isPronounWrittenAsAName(tokens, i)) {
            return i;
        }
        int end = i + 1;
        while (end < tokens.size() && end - i <= 2 && tokens.get(end).pos().equals("NNP")
                && NAME_WORD.matcher(tokens.get(end).word()).matches()) {
            end++;
        }
        return end > i + 1 ? end : i;
    }

    /** "He", "She" capitalised inside a sentence, not after a quotation mark or a colon: a name's word. */
    private static boolean isPronounWrittenAsAName(List<Token> tokens, int i) {
        String word = tokens.get(i).word();
        String before = i > 0 ? tokens.get(i - 1).word() : "";
        return i > 0 && tokens.get(i).pos().equals("PRP") && (word.equals("He") || word.equals("She"))
                && !QuoteMarks.OPENING.contains(before) && !OPENING_BRACKETS.contains(before) && !CLAUSE_MARKS.contains(before);
    }

    /** Marks after which a clause, and so a capitalised pronoun, may begin. */
    private static final Set<String> CLAUSE_MARKS = Set.of(":", ";", "--", "-", "\u2013", "\u2014");

    /**
     * "all efforts are now on (Jan) Novak": a given name an editor put in brackets inside a quote
     * completes the surname after it, one name "Jan Novak"; null if there is none at {@code i}.
     */
    private static NameSpan bracketedGivenName(String article, Sentence s, int i) {
        List<Token> tokens = s.tokens();
        if (i + 3 >= tokens.size() || !OPENING_BRACKETS.contains(tokens.get(i).word())
                || !CLOSING_BRACKETS.contains(tokens.get(i + 2).word())) {
            return null;
        }
        Token given = tokens.get(i + 1);
        if (!given.pos().equals("NNP") || !NAME_WORD.matcher(given.word()).matches()) {
            return null;
        }
        List<String> words = new ArrayList<>(List.of(given.word()));
        int j = i + 3;
        while (j < tokens.size() && tokens.get(j).pos().equals("NNP") && NAME_WORD.matcher(tokens.get(j).word()).matches()) {
            words.add(tokens.get(j).word());
            j++;
        }
        boolean person = "PERSON".equals(given.ner()) || "PERSON".equals(tokens.get(i + 3).ner());
        return words.size() >= 2 && person ? new NameSpan(article, s.index(), i + 1, j, List.copyOf(words)) : null;
    }

    /**
     * "arms dealer Jan Novak" where the tagger found no person: two or three proper nouns right
     * after an occupation noun (CoreNLP's title gazetteer) are a name; returns the end of the
     * name, or {@code i} when there is none.
     */
    private static int untaggedNameAfterTitle(List<Token> tokens, int i) {
        if (i == 0 || !tokens.get(i - 1).pos().equals("NN") || !Nationalities.Words.get().isTitle(tokens.get(i - 1).word())) {
            return i;
        }
        int end = i;
        while (end < tokens.size() && end - i < 3 && tokens.get(end).pos().equals("NNP") && "O".equals(tokens.get(end).ner())
                && NAME_WORD.matcher(tokens.get(end).word()).matches()) {
            end++;
        }
        boolean followedByName = end < tokens.size() && tokens.get(end).pos().startsWith("NNP");
        boolean body = BODY_WORDS.contains(tokens.get(end - 1).word());
        return end - i >= 2 && !followedByName && !body ? end : i;
    }

    /** Last words of a company's or body's name: "gold miner Resolute Mining" names a firm. */
    private static final Set<String> BODY_WORDS = Set.of("Mining", "Group", "Holdings", "Bank", "Airlines", "Airways",
            "Energy", "Resources", "Media", "Corp", "Corporation", "Inc", "Ltd", "Limited", "Company", "Industries",
            "International", "Partners", "Capital", "Motors", "Oil", "Petroleum", "Foundation", "Institute", "Trust");

    /**
     * "Novak pleaded guilty", where the tagger found no person: a proper noun standing alone,
     * untagged, that is one of {@code words} (the surnames, or the first names, of people the
     * article names in full).
     */
    private static boolean isUntaggedWordOf(List<Token> tokens, int i, Set<String> words) {
        return words.contains(tokens.get(i).word()) && standsAloneUntagged(tokens, i);
    }

    /** An untagged proper noun with no other proper noun beside it. */
    private static boolean standsAloneUntagged(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean alone = (i == 0 || !tokens.get(i - 1).pos().startsWith("NNP"))
                && (i + 1 == tokens.size() || !tokens.get(i + 1).pos().startsWith("NNP"));
        return alone && t.pos().equals("NNP") && "O".equals(t.ner()) && NAME_WORD.matcher(t.word()).matches();
    }

    /**
     * Words the tagger took for a person's name somewhere in the article ("Hathloul" in
     * "al-Hathloul's imprisonment").
     */
    static Set<String> personWords(AnnotatedArticle article) {
        Set<String> words = new java.util.HashSet<>();
        for (Sentence s : article.sentences()) {
            for (Token t : s.tokens()) {
                if (isNameToken(t)) {
                    words.add(t.word());
                }
            }
        }
        return words;
    }

    /**
     * The last words of the runs of two or more words the tagger took for a person's name, and
     * an untagged proper noun right after such a run that the article goes on to use alone
     * ("Ernest Fenwick MacIntosh ... MacIntosh was released"): the tagger left the surname out.
     */
    static Set<String> surnamesOfFullNames(AnnotatedArticle article) {
        Set<String> surnames = new java.util.HashSet<>();
        Set<String> untaggedAfter = new java.util.HashSet<>();
        for (Sentence s : article.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                boolean ends = i + 1 == tokens.size() || !isNameToken(tokens.get(i + 1));
                if (ends && isNameToken(tokens.get(i)) && isNameToken(tokens.get(i - 1))) {
                    surnames.add(tokens.get(i).word());
                    if (i + 1 < tokens.size() && isUntaggedProperNoun(tokens.get(i + 1))) {
                        untaggedAfter.add(tokens.get(i + 1).word());
                    }
                }
            }
        }
        untaggedAfter.removeIf(w -> timesStandingAlone(article, w) < 2);
        surnames.addAll(untaggedAfter);
        return surnames;
    }

    private static boolean isUntaggedProperNoun(Token t) {
        return t.pos().equals("NNP") && "O".equals(t.ner()) && NAME_WORD.matcher(t.word()).matches()
                && !Nationalities.Words.get().isNationality(t.word()) && !org.dossier.facts.CountryNames.isCountry(t.word());
    }

    private static int timesStandingAlone(AnnotatedArticle article, String word) {
        int times = 0;
        for (Sentence s : article.sentences()) {
            for (int i = 0; i < s.tokens().size(); i++) {
                if (s.tokens().get(i).word().equals(word) && standsAloneUntagged(s.tokens(), i)) {
                    times++;
                }
            }
        }
        return times;
    }

    /**
     * "Loujain al-Hathloul, one of ...", tagged a place: two or more proper nouns, not tagged a
     * person here, that end in a word the article elsewhere tags as a person's name; null if none.
     */
    private static NameSpan mistaggedName(String article, Sentence s, int i, Set<String> personWords) {
        List<Token> tokens = s.tokens();
        if (!NAME_WORD.matcher(tokens.get(i).word()).matches() || "PERSON".equals(tokens.get(i).ner())) {
            return null;
        }
        List<String> words = new ArrayList<>();
        int j = i;
        int last = i;
        while (j < tokens.size() && tokens.get(j).pos().equals("NNP") && !"PERSON".equals(tokens.get(j).ner())
                && (NAME_WORD.matcher(tokens.get(j).word()).matches() || NAME_PARTICLES.contains(tokens.get(j).word()) && hyphenJoins(tokens, j))) {
            last = lastOfHyphenated(tokens, j);
            words.add(hyphenated(tokens, j, last));
            j = last + 1;
        }
        Nationalities.Words known = Nationalities.Words.get();
        // "Tamim Bin Hamad Al Thani", tagged a person only from "Hamad": untagged words that end in a
        // particle ("bin", "ibn") lead into the tagged name after them, one name
        if (words.size() >= 2 && j < tokens.size() && isNameToken(tokens.get(j))
                && NAME_PARTICLES.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))
                && words.stream().noneMatch(w -> known.isTitle(w) || HONORIFICS.contains(w.toLowerCase(Locale.ROOT)))) {
            while (j < tokens.size() && (isNameToken(tokens.get(j)) || isParticleInName(tokens, j))) {
                last = lastOfHyphenated(tokens, j);
                words.add(hyphenated(tokens, j, last));
                j = last + 1;
            }
        }
        boolean name = words.size() >= 2 && (personWords.contains(tokens.get(last).word()) || afterANationality(tokens, i, j)
                        || describedAsSomeone(s, last) || listedBesideAName(tokens, i, j, words))
                && words.stream().noneMatch(w -> known.isNationality(w) || org.dossier.facts.CountryNames.isCountry(w));
        if (!name) {
            return null;
        }
        // "Mr Fakana", untagged: the title is no part of the name
        int first = HONORIFICS.contains(words.get(0).toLowerCase(Locale.ROOT)) ? 1 : 0;
        return new NameSpan(article, s.index(), i + first, j, List.copyOf(words.subList(first, words.size())));
    }

    /**
     * "to free three citizens: Jules Rennes, Ann Lee and ...", tagged a place: a first name and one
     * word more, set in a list beside a name tagged a person, is a name too.
     */
    private static boolean listedBesideAName(List<Token> tokens, int start, int end, List<String> words) {
        if (words.size() != 2 || !GivenNames.contains(words.get(0))) {
            return false;
        }
        int before = start - 1;
        while (before >= 0 && LIST_MARKS.contains(tokens.get(before).word().toLowerCase(Locale.ROOT))) {
            before--;
        }
        int after = end;
        while (after < tokens.size() && LIST_MARKS.contains(tokens.get(after).word().toLowerCase(Locale.ROOT))) {
            after++;
        }
        return before < start - 1 && before >= 0 && "PERSON".equals(tokens.get(before).ner())
                || after > end && after < tokens.size() && "PERSON".equals(tokens.get(after).ner());
    }

    private static final Set<String> LIST_MARKS = Set.of(",", "and");

    /**
     * "Ann Lee, a freelance journalist, was ...", "Bo Lin, the other Tarvian opponent": the words set
     * beside the name say it is a person the story introduces ("X, the plaintiff in the case," more often names a party, not a person held).
     */
    private static boolean describedAsSomeone(Sentence s, int last) {
        if (last + 1 >= s.tokens().size() || !s.tokens().get(last + 1).word().equals(",")) {
            return false;
        }
        // the parse as read (this runs on every article before the threads split it; no graph is built)
        return s.dependencies().stream().filter(d -> d.governor() == last && d.relation().equals("appos"))
                .map(org.dossier.nlp.Dependency::dependent)
                .anyMatch(noun -> PersonNouns.isPerson(s.tokens().get(noun).lemma())
                        && s.dependencies().stream().anyMatch(d -> d.governor() == noun && introducesSomeone(s, d)));
    }

    /** "a journalist", "the other Spanish opponent", "the French aid worker": a person the story brings in. */
    private static boolean introducesSomeone(Sentence s, org.dossier.nlp.Dependency d) {
        String word = s.tokens().get(d.dependent()).word();
        return d.relation().equals("det") && word.matches("(?i)an?")
                || d.relation().equals("amod") && (word.equalsIgnoreCase("other")
                        || Nationalities.Words.get().isNationality(word.toLowerCase(Locale.ROOT)));
    }

    /**
     * "Zambian Leonard Phiri and Mozambican Jasten Mabulesse Candunde were convicted": two to three
     * proper nouns the tagger left untagged right after a nationality, none of them a place or a
     * body's name, are a person's name.
     */
    private static boolean afterANationality(List<Token> tokens, int start, int end) {
        if (start == 0 || end - start < 2 || end - start > 3
                || !Nationalities.Words.get().isNationality(tokens.get(start - 1).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (!"O".equals(tokens.get(k).ner())) {
                return false;
            }
        }
        if (end >= tokens.size()) {
            return true;
        }
        // the name closes a subject or a list ("... Candunde were convicted", "..., and"), not a
        // body's name that goes on ("South African National Defence Force (SANDF)")
        Token next = tokens.get(end);
        return next.pos().startsWith("VB") || next.pos().equals("MD") || next.word().equals(",") || next.word().equals("and")
                || next.word().equalsIgnoreCase("who");
    }

    /** The last token of a word written with hyphens from token {@code i} ("Smith-Jones", tokenised as three). */
    private static int lastOfHyphenated(List<Token> tokens, int i) {
        while (hyphenJoins(tokens, i)) {
            i += 2;
        }
        return i;
    }

    private static String hyphenated(List<Token> tokens, int first, int last) {
        StringBuilder word = new StringBuilder(tokens.get(first).word());
        for (int k = first + 2; k <= last; k += 2) {
            word.append('-').append(tokens.get(k).word());
        }
        return word.toString();
    }

    private static final Pattern CAPITALS = Pattern.compile("^\\p{Lu}{2,}$");

    /** "-- BERNAMA", "(AFP)": a line of no more than a word or two in capitals names the agency that sent the story. */
    private static boolean isCreditLine(List<Token> tokens) {
        List<Token> words = tokens.stream().filter(t -> Character.isLetter(t.word().charAt(0))).toList();
        return !words.isEmpty() && words.size() <= 2 && words.stream().allMatch(t -> CAPITALS.matcher(t.word()).matches());
    }

    /** "© Genya Savilov / AFP", "(Photo by Ann Lee/Reuters)": the one credited for a picture, not a person of the story. */
    private static boolean creditedForAPicture(List<Token> tokens, NameSpan n) {
        String before = n.start() > 0 ? tokens.get(n.start() - 1).word() : "";
        boolean agencyAfter = n.end() + 1 < tokens.size() && tokens.get(n.end()).word().equals("/")
                && tokens.get(n.end() + 1).pos().startsWith("NNP");
        return before.equals("\u00a9") || before.equalsIgnoreCase("(c)") || agencyAfter;
    }

    /** "Picture: Free Lee", "(File) Photo: ...": a caption or credit line, not the story. */
    private static boolean isCaption(List<Token> tokens) {
        if (isCreditLine(tokens)) {
            return true;
        }
        for (int i = 0; i < Math.min(tokens.size() - 1, 3); i++) {
            if (CAPTIONS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT)) && tokens.get(i + 1).word().equals(":")) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case words inside a surname: "al-Amin", "bin Salem", "van der Berg", "da Silva". */
    private static final Set<String> NAME_PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "abu", "van", "von",
            "der", "den", "de", "da", "di", "dos", "das", "du", "la", "le");

    /** A particle between two words of one name, joined to the next by a hyphen or followed by it. */
    private static boolean isParticleInName(List<Token> tokens, int i) {
        if (!NAME_PARTICLES.contains(tokens.get(i).word()) || !"PERSON".equals(tokens.get(i).ner())) {
            return false;
        }
        int next = hyphenJoins(tokens, i) ? i + 2 : i + 1;
        return next < tokens.size() && (isNameToken(tokens.get(next)) || isParticleInName(tokens, next));
    }

    private static boolean hyphenJoins(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size()) {
            return false;
        }
        Token dash = tokens.get(i + 1);
        Token next = tokens.get(i + 2);
        return (dash.word().equals("-") || dash.word().equals("\u2010") || dash.word().equals("\u2011"))
                && tokens.get(i).end() == dash.begin() && dash.end() == next.begin()
                && (NAME_WORD.matcher(next.word()).matches() && (isNameToken(next) || "NNP".equals(next.pos()))
                    || HYPHENED_SYLLABLE.matcher(next.word()).matches() && "PERSON".equals(next.ner())); // "Dong-chul"
    }

    /** A rank or office in CoreNLP's title gazetteer ("Captain", "Vice-Colonel"). */
    private static boolean rankOrOffice(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Nationalities.Words.get().isTitle(lower) || Nationalities.Words.get().isTitle(lower.substring(lower.lastIndexOf('-') + 1));
    }

    /**
     * A word the tagger took into a name that is not part of it: a title ("Mrs"), a nationality
     * or religion ("American", "Lebanese-American", "Sikh"), or a word that is no proper noun
     * ("Free" in a campaign's name). The last word of a name is only dropped when it is a
     * nationality or a title ("the Scot", "Mrs").
     */
    private static boolean notPartOfName(String word, Token token, boolean moreFollow, boolean afterNationality) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (HONORIFICS.contains(lower)) {
            return true;
        }
        if (moreFollow && "PERSON".equals(token.ner()) && GivenNames.contains(lower)) {
            return false; // "Roman Protasevich", "Ole Berg": a first name, whatever the tagger made of it
        }
        if (Nationalities.Words.get().isNationality(word)) {
            return true;
        }
        // "Jailed Briton Jan Novak": a describing word the tagger took into the name; but right after a
        // nationality ("Malaysian Nagaenthran K Dharmalingam") the describing is done and a name follows
        return moreFollow && !afterNationality && (token.pos().startsWith("JJ") || token.pos().startsWith("VB"));
    }

    /**
     * Relations between the names of one sentence: "Jan Novak alias Janko" (Janko another name
     * of Jan Novak), and "Jan and Eva Novak" (Jan Novak: the first name borrows the surname),
     * unless the first is the surname of someone the article names in full ("Carter and Eva Novak").
     */
    private static List<NameSpan> relate(List<NameSpan> spans, List<Token> tokens, Set<String> surnames) {
        List<NameSpan> related = new ArrayList<>(spans);
        for (int k = 1; k < related.size(); k++) {
            NameSpan before = related.get(k - 1);
            NameSpan span = related.get(k);
            int gapStart = before.end();
            int gapEnd = span.start();
            if (gapEnd - gapStart >= 2 && introducedAsAnotherName(tokens, gapEnd)) {
                related.set(k, span.asAliasOf(before)); // "Lee, who writes under the name Ann Park"
                continue;
            }
            if (gapEnd - gapStart < 1 || gapEnd - gapStart > 4) {
                continue;
            }
            List<String> gap = tokens.subList(gapStart, gapEnd).stream().map(t -> t.word().toLowerCase(Locale.ROOT)).toList();
            boolean alias = gap.stream().anyMatch(ALIAS_WORDS::contains)
                    || String.join(" ", gap).matches(".*\\b(also|better|otherwise) known as\\b.*");
            if (alias && gap.stream().allMatch(w -> ALIAS_WORDS.contains(w) || w.matches("[\\p{Punct}\u201c\u201d\u2018\u2019]+|also|better|otherwise|known|as"))) {
                related.set(k, span.asAliasOf(before));
            } else if (!before.isFullName() && span.isFullName() && gap.equals(List.of("and")) && !surnames.contains(before.first())) {
                List<String> borrowed = List.of(before.first(), span.last()); // "Jan and Eva Novak"
                related.set(k - 1, before.withWords(borrowed));
            }
        }
        return related;
    }

    private static boolean isNameToken(Token t) {
        return "PERSON".equals(t.ner()) && NAME_WORD.matcher(t.word()).matches();
    }

    /** "Mother of two Ann Lee": a noun for a person, capitalised to open the sentence, before "of", is no name. */
    private static boolean opensAsAPersonNoun(List<Token> tokens, int i) {
        return i == 0 && tokens.size() > 1 && tokens.get(1).word().equals("of") && PersonNouns.isPersonNoun(tokens.get(0));
    }

    /** The words before token {@code start} give another name of someone: "under the (pen) name", "his pen name,", "whose real name is". */
    private static boolean introducedAsAnotherName(List<Token> tokens, int start) {
        String before = tokens.subList(Math.max(0, start - 4), start).stream().map(t -> t.word().toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.joining(" "));
        return before.matches(".*\\bunder the (pen |stage |assumed )?name|.*\\breal name is|.*\\b(pen|stage) name ,?");
    }

    private void addFullName(NameSpan span) {
        PersonName known = findByName(span);
        if (known == null) {
            String id = slug(span.first() + " " + span.last());
            if (!people.containsKey(id)) {
                PersonName p = new PersonName(id, span.first(), span.last(), new ArrayList<>());
                people.put(id, p);
                byFirstName.computeIfAbsent(fold(p.first()), k -> new ArrayList<>()).add(p);
                bySurnameKey.computeIfAbsent(surnameKey(p.last()), k -> new ArrayList<>()).add(p);
            }
            known = people.get(id);
        }
        if (!known.forms().contains(span.text())) {
            known.forms().add(span.text());
        }
    }

    /** "known as", "known in the US as": the name that follows is another name of someone. */
    private static final java.util.regex.Pattern KNOWN_AS = java.util.regex.Pattern.compile(
            "(?i).*\\bknown( (in|to|at|among) [\\w.]+( [\\w.]+)?)? as$");

    private static boolean introducedAsKnownAs(List<Token> tokens, int start) {
        StringBuilder before = new StringBuilder();
        for (int i = Math.max(0, start - 6); i < start; i++) {
            before.append(i > Math.max(0, start - 6) ? " " : "").append(tokens.get(i).word());
        }
        return KNOWN_AS.matcher(before).matches();
    }

    /**
     * "a woman, known in the US as Ann Lane, ... Ann Lee was arrested": a name given as what
     * someone is known as, with the first name of a person named in full elsewhere, is that
     * person's other name; otherwise it is a person of its own.
     */
    private void addKnownAs(NameSpan span) {
        List<PersonName> sameFirst = byFirstName.getOrDefault(fold(span.first()), List.of()).stream()
                .filter(p -> !sameSurname(p.last(), span.last())).toList();
        if (sameFirst.size() != 1) {
            addFullName(span);
            return;
        }
        PersonName p = sameFirst.get(0);
        aliases.putIfAbsent(fold(span.text()), p);
        if (!p.forms().contains(span.text())) {
            p.forms().add(span.text());
        }
    }

    /**
     * "Li, better known by his pen name, Fucha": an alias given for one word of a name is an alias
     * of the one full name of the article that word is part of.
     */
    private static NameSpan withTheFullNameItAliases(NameSpan alias, List<NameSpan> spans) {
        NameSpan of = alias.aliasOf();
        if (of.isFullName()) {
            return alias;
        }
        List<NameSpan> full = spans.stream().filter(n -> n.article().equals(alias.article()) && n.isFullName()
                && n.aliasOf() == null && (of.text().equals(n.first()) || of.text().equals(n.last()))).toList();
        boolean oneName = full.stream().map(NameSpan::text).distinct().count() == 1;
        return oneName ? alias.asAliasOf(full.get(0)) : alias;
    }

    /** "Jan Novak alias Janko": the other name, and its first word, stand for Jan Novak. */
    private void addAlias(NameSpan span) {
        NameSpan of = span.aliasOf();
        PersonName p = of.isFullName() ? findByName(of) : null;
        if (p == null) {
            return;
        }
        aliases.putIfAbsent(fold(span.text()), p);
        if (!GIVEN_NAME_FIRST.matcher(span.last()).matches()) { // "Kim Sang-duk": Kim is a family name many share
            aliases.putIfAbsent(fold(span.first()), p);
        }
        if (span.words().size() > 1) {
            aliases.putIfAbsent(fold(span.last()), p); // "Jan Novak, a.k.a. 'Big Janko'": "Janko" alone is Novak too
        }
        if (!p.forms().contains(span.text())) {
            p.forms().add(span.text());
        }
    }

    private PersonName findByName(NameSpan span) {
        PersonName p = findByFullName(span.first(), span.last());
        p = p != null ? p : byNameTail(span);
        p = p != null ? p : byFirstOfTwoSurnames(span);
        return p != null ? p : byJoinedWords(span);
    }

    /**
     * "Julio Obama Mefuman" and "Julio Obama": a given name and two surnames, shortened to the given
     * name and the first surname as Spanish and Portuguese names are, is one person, whichever
     * form comes first; null unless exactly one person fits.
     */
    private PersonName byFirstOfTwoSurnames(NameSpan span) {
        if (span.words().size() > 3) {
            return null;
        }
        String shortForm = fold(span.first() + " " + span.words().get(1));
        List<PersonName> fit = byFirstName.getOrDefault(fold(span.first()), List.of()).stream()
                .filter(p -> p.forms().stream().anyMatch(f -> span.words().size() == 2
                        ? isGivenNameAndFirstSurnameOf(fold(span.text()), fold(f))
                        : fold(f).equals(shortForm)))
                .toList();
        return fit.size() == 1 ? fit.get(0) : null;
    }

    private static boolean isGivenNameAndFirstSurnameOf(String shortForm, String longForm) {
        return longForm.startsWith(shortForm + " ") && longForm.split(" ").length == 3;
    }

    /** "Ana Abdel Salam" and "Ana Abdelsalam", "Li Xiao-ming" and "Li Xiaoming": one name, written apart or joined. */
    private PersonName byJoinedWords(NameSpan span) {
        if (span.first() == null) {
            return null;
        }
        String joined = joinedWords(span.text());
        for (PersonName p : byFirstName.getOrDefault(fold(span.first()), List.of())) {
            if (p.forms().stream().anyMatch(f -> joinedWords(f).equals(joined))) {
                return p;
            }
        }
        return null;
    }

    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]+");

    private static String joinedWords(String name) {
        return NOT_LETTER.matcher(fold(name)).replaceAll("");
    }

    /**
     * "Daw Khin Mya Thein" and "Mya Thein": a name of two words or more that ends another name of
     * someone (or is ended by it) is that person.
     */
    private PersonName byNameTail(NameSpan span) {
        String name = fold(span.text());
        for (PersonName p : bySurnameKey.getOrDefault(surnameKey(span.last()), List.of())) {
            for (String form : p.forms()) {
                String known = fold(form);
                if (known.contains(" ") && (known.endsWith(" " + name) || name.endsWith(" " + known) && !anotherGivenName(span, p))) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * "Lucia San Martin" after "Ana San Martin": a longer name that ends in someone's two-word
     * surname but opens with another given name is a relative, not the same person.
     */
    private static boolean anotherGivenName(NameSpan span, PersonName p) {
        return p.first() != null && !fold(span.first()).equals(fold(p.first())) && !sameFirstName(span.first(), p.first())
                && p.forms().stream().noneMatch(f -> fold(f).startsWith(fold(span.first()) + " "));
    }

    private PersonName findByFullName(String first, String last) {
        PersonName alias = aliases.get(fold(first + " " + last));
        if (alias != null) {
            return alias;
        }
        for (PersonName p : byFirstName.getOrDefault(fold(first), List.of())) {
            if (sameSurname(p.last(), last) || uncommonFirstName(first) && sameShortSurname(p.last(), last)) {
                return p;
            }
        }
        // a transliteration variant of the first name ("Mykhail"/"Mikhail", "Sergey"/"Sergei")
        for (PersonName p : bySurnameKey.getOrDefault(surnameKey(last), List.of())) {
            if (p.first() != null && sameSurname(p.last(), last) && sameFirstName(p.first(), first)) {
                return p;
            }
        }
        return null;
    }

    /**
     * "Andargachew Tsege" and "Andargachew Tsigie": behind a long first name that no list of common
     * given names holds, a short surname spelt two ways (same first letters, two letters apart) is one person.
     */
    private static boolean uncommonFirstName(String first) {
        return fold(first).length() >= 8 && !GivenNames.contains(first);
    }

    private static boolean sameShortSurname(String a, String b) {
        String x = withoutParticle(fold(a));
        String y = withoutParticle(fold(b));
        return Math.min(x.length(), y.length()) >= 4 && x.regionMatches(0, y, 0, 2) && editDistance(x, y) <= 2;
    }

    private static boolean sameFirstName(String a, String b) {
        String x = fold(a);
        String y = fold(b);
        return x.length() >= 5 && y.length() >= 5 && x.charAt(0) == y.charAt(0) && editDistance(x, y) <= 1;
    }

    /** Spelling variants of a surname share its first letters ("Novak", "Novack"; "O'Donovan", "Donovan"). */
    private static String surnameKey(String surname) {
        String folded = withoutParticle(fold(surname));
        return folded.substring(0, Math.min(3, folded.length()));
    }

    /**
     * An Irish "O'" or a "D'" before a surname is often dropped in a later mention ("O'Donovan",
     * "Donovan"), and so is the Arabic article ("al-Amin", "Amin"; "El Sayed", "Sayed").
     */
    private static final Pattern PARTICLE = Pattern.compile("^(?:[od]['\u2019] ?|(?:al|el)[- ])(?=\\p{L}{3})");

    private static String withoutParticle(String foldedSurname) {
        return PARTICLE.matcher(foldedSurname).replaceFirst("");
    }

    private void resolveArticle(AnnotatedArticle article, List<NameSpan> found) {
        Set<String> shortNames = shortNamesOfBodies(article);
        List<NameSpan> spans = new ArrayList<>(found.stream()
                .filter(n -> n.words().size() != 1 || !shortNames.contains(n.words().get(0))).toList());
        for (int k = 0; k < spans.size(); k++) {
            if (isFirstNameWithWordBefore(spans.get(k), spans) && !introducedAsPerson(article, spans.get(k))) {
                spans.set(k, spans.get(k).lastWordOnly());
            }
        }
        List<PersonName> local = new ArrayList<>();
        Set<PersonName> parents = new java.util.HashSet<>();
        for (NameSpan span : spans) {
            if (span.isFullName()) {
                PersonName p = findByName(span);
                if (p != null && !local.contains(p)) {
                    local.add(p);
                }
                if (p != null && namedAsParent(article.sentences().get(span.sentence()), span)) {
                    parents.add(p);
                }
            }
        }
        Map<String, Integer> otherEntities = otherEntityWords(article);
        for (NameSpan span : spans) {
            Sentence s = article.sentences().get(span.sentence());
            PersonName p = span.isFullName() ? findByName(span) : null;
            if (p == null) {
                String before = span.start() > 0 ? s.tokens().get(span.start() - 1).word().toLowerCase(Locale.ROOT) : "";
                p = resolveSingle(span.last(), local, parents, before, otherEntities);
            }
            if (p == null) {
                continue;
            }
            mentions.add(new PersonMention(span.article(), span.sentence(), span.start(), span.end(),
                    span.end() - 1, p.id(), span.text(), false));
            for (int noun : identityNouns(s, span.end() - 1)) {
                mentions.add(new PersonMention(span.article(), span.sentence(), noun, noun + 1, noun, p.id(),
                        s.tokens().get(noun).word(), true));
            }
        }
        addBareSurnames(article, spans, local);
    }

    /**
     * "On the first day of Lent Anna began a strike": the tagger took the word before a first
     * name into the name. A "full name" seen only once, whose last word is the first name of
     * someone named in full earlier in the article, is that person's first name.
     */
    private boolean isFirstNameWithWordBefore(NameSpan span, List<NameSpan> spans) {
        if (span.words().size() != 2) {
            return false;
        }
        PersonName found = findByName(span);
        if (found == null || found.forms().size() != 1) {
            return false;
        }
        for (NameSpan earlier : spans) {
            if (earlier == span) {
                return false;
            }
            if (earlier.isFullName() && fold(earlier.first()).equals(fold(span.last()))
                    && !fold(earlier.last()).equals(fold(span.last()))) {
                PersonName named = findByName(earlier);
                if (named != null && named != found) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Egyptian Baher Mohamed", "reporter Baher Mohamed", "a producer, Baher Mohamed": a name
     * after a nationality or occupation, or set beside one by a comma, is a whole name.
     */
    private static boolean introducedAsPerson(AnnotatedArticle article, NameSpan span) {
        if (span.start() == 0) {
            return false;
        }
        List<Token> tokens = article.sentences().get(span.sentence()).tokens();
        String before = tokens.get(span.start() - 1).word();
        if (before.equals(",") && span.start() >= 2) {
            before = tokens.get(span.start() - 2).word();
        }
        Nationalities.Words words = Nationalities.Words.get();
        return words.isNationality(before) || words.isTitle(before.toLowerCase(Locale.ROOT));
    }

    private static final Set<String> PARENT_WORDS = Set.of("father", "mother", "dad", "mom", "mum", "parent");

    /** "his father, Jan Novak" / "Jan Novak's father": whether the name is given as someone's parent. */
    private static boolean namedAsParent(Sentence s, NameSpan span) {
        for (int i = Math.max(0, span.start() - 8); i < span.start(); i++) {
            if (PARENT_WORDS.contains(s.tokens().get(i).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** How often each word of an article is tagged an organisation or a place ("Mizan Online"). */
    private static Map<String, Integer> otherEntityWords(AnnotatedArticle article) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Sentence s : article.sentences()) {
            for (Token t : s.tokens()) {
                if ("ORGANIZATION".equals(t.ner()) || "LOCATION".equals(t.ner())) {
                    counts.merge(t.word(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /**
     * The common nouns a name is said to be: "his father, Jan Novak" (apposition), "among those
     * released are Jan Novak" (a copula's subject), "the prisoners were named as Jan Novak and
     * ..." and "the man, identified as Jan Novak, ..." ("named as", "identified as"), "jailed reporter Jan Novak" (an occupation before the
     * name). What is said of the noun is said of the person. A name
     * in a list shares the nouns of the list's first name.
     */
    static List<Integer> identityNouns(Sentence s, int head) {
        List<Integer> nouns = new ArrayList<>();
        List<Integer> apposed = new ArrayList<>();
        List<Integer> heads = new ArrayList<>(List.of(head));
        for (Dependency d : s.dependencies()) {
            if (d.dependent() == head && d.relation().startsWith("conj") && d.governor() >= 0) {
                heads.add(d.governor());
            }
        }
        for (int h : heads) {
            for (Dependency d : s.dependencies()) {
                if (d.governor() < 0) {
                    continue;
                }
                if (d.relation().equals("compound") && d.governor() == h && s.tokens().get(d.dependent()).pos().equals("NN")
                        && Nationalities.Words.get().isTitle(s.tokens().get(d.dependent()).word())) {
                    nouns.add(d.dependent()); // "convicted arms dealer Jan Novak": what is said of the dealer
                }
                if (d.relation().equals("appos") && d.dependent() == h && isCommonNoun(s, d.governor())) {
                    nouns.add(d.governor());
                    apposed.add(d.governor());
                }
                if (d.governor() == h && (d.relation().equals("nsubj") || d.relation().equals("obl:among"))
                        && hasChild(s, h, "cop")
                        && isCommonNoun(s, d.dependent())) {
                    nouns.add(d.dependent());
                }
                if (d.dependent() == h && (d.relation().equals("obl:as") || d.relation().equals("xcomp"))) {
                    for (Dependency subject : s.dependencies()) {
                        if (subject.governor() == d.governor() && subject.relation().equals("nsubj:pass")
                                && isCommonNoun(s, subject.dependent())) {
                            nouns.add(subject.dependent());
                        }
                        // "The man, identified as Jan Novak, was extradited": the participle's noun
                        if (subject.dependent() == d.governor() && subject.relation().startsWith("acl")
                                && subject.governor() >= 0 && isCommonNoun(s, subject.governor())) {
                            nouns.add(subject.governor());
                        }
                    }
                }
            }
        }
        nouns.remove(Integer.valueOf(head));
        // "a critic of Prime Minister A, B": a name set off beside the noun is the noun's, whoever it is "of"
        return nouns.stream().distinct().filter(n -> apposed.contains(n) || !ofAnotherPerson(s, n)).toList();
    }

    /**
     * "The wife of Jan Novak, who is serving ...": a noun said of someone else's name is left out,
     * as the parser may hang that person's clause on it.
     */
    private static boolean ofAnotherPerson(Sentence s, int noun) {
        return s.dependencies().stream().anyMatch(d -> d.governor() == noun
                && (d.relation().startsWith("nmod:of") || d.relation().startsWith("acl:relcl"))
                && "PERSON".equals(s.tokens().get(d.dependent()).ner()));
    }

    /** Nouns for people in general, for relatives and (ReferenceResolver's) for people in custody. */
    private static final Set<String> PERSON_NOUNS = java.util.stream.Stream.concat(java.util.stream.Stream.of("man", "woman",
            "person", "people", "those", "other", "citizen", "national", "resident", "father", "mother", "son",
            "daughter", "brother", "sister", "husband", "wife", "parent", "child", "relative", "cousin", "uncle",
            "aunt", "nephew", "niece", "fiance", "fiancee", "partner"), ReferenceResolver.DETAINEE_NOUNS.stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A common noun for a person ("father", "prisoners", "reporter", "Scot"), or "those". */
    private static boolean isCommonNoun(Sentence s, int i) {
        Token t = s.tokens().get(i);
        String pos = t.pos();
        boolean noun = pos.equals("NN") || pos.equals("NNS") || (pos.equals("DT") && !t.word().equalsIgnoreCase("the"));
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        Nationalities.Words words = Nationalities.Words.get();
        return noun && (PERSON_NOUNS.contains(lemma) || PERSON_NOUNS.contains(t.word().toLowerCase(Locale.ROOT)) || words.isTitle(lemma)
                || words.isNationality(lemma) || !pos.equals("DT") && PersonNouns.isPerson(lemma)); // "billionaire", "kitesurfer"
    }

    private static boolean hasChild(Sentence s, int head, String relation) {
        return s.dependencies().stream().anyMatch(d -> d.governor() == head && d.relation().equals(relation));
    }

    /** A surname the tagger missed ("Lee's wife") is still a mention of the person named in full; so is a first name that only one of them has. */
    private void addBareSurnames(AnnotatedArticle article, List<NameSpan> spans, List<PersonName> local) {
        if (local.isEmpty()) {
            return;
        }
        Map<String, Integer> firstNames = new java.util.HashMap<>();
        local.forEach(p -> firstNames.merge(p.first() == null ? "" : p.first(), 1, Integer::sum));
        // the first person (in the order of local) with each surname and each first name
        Map<String, PersonName> bySurname = new java.util.HashMap<>();
        Map<String, PersonName> byFirstName = new java.util.HashMap<>();
        for (PersonName p : local) {
            if (p.last() != null) {
                bySurname.putIfAbsent(p.last(), p);
            }
            if (p.first() != null) {
                byFirstName.putIfAbsent(p.first(), p);
            }
        }
        for (Sentence s : article.sentences()) {
            for (Token t : s.tokens()) {
                // "took She from the prison", after "She Zhijiang": the family name written like a pronoun
                boolean pronounAsName = isPronounWrittenAsAName(s.tokens(), t.index());
                if (!pronounAsName && ("PERSON".equals(t.ner()) || t.word().length() < 3)) {
                    continue;
                }
                PersonName named = pronounAsName ? byFirstName.get(t.word()) : bySurname.get(t.word());
                if (named == null && !pronounAsName && firstNames.getOrDefault(t.word(), 0) == 1 && t.pos().startsWith("NNP")) {
                    named = byFirstName.get(t.word());
                }
                if (named != null && NAME_WORD.matcher(t.word()).matches()) { // the cheap test first
                    mentions.add(new PersonMention(article.article().id(), s.index(), t.index(),
                            t.index() + 1, t.index(), named.id(), t.word(), false));
                }
            }
        }
    }

    /**
     * The person a single name stands for: another name given for someone ("alias"), the surname
     * of someone named in the article (the one named first when several share it, the parent
     * after "the elder"), a part of a hyphenated surname, a first name, or someone named in
     * another article. A word the article otherwise uses as an organisation's or a place's name
     * and that names nobody in full is no person (null).
     */
    private PersonName resolveSingle(String word, List<PersonName> local,
                                     Set<PersonName> parents, String wordBefore, Map<String, Integer> otherEntities) {
        PersonName alias = aliases.get(fold(word));
        if (alias != null) {
            return alias;
        }
        List<PersonName> sameSurname = local.stream().filter(p -> sameSurname(familyName(p), word)).toList();
        if (sameSurname.size() > 1) {
            boolean elder = wordBefore.equals("elder") || wordBefore.equals("senior");
            boolean younger = wordBefore.equals("younger") || wordBefore.equals("junior");
            if (elder || younger) {
                List<PersonName> fit = sameSurname.stream().filter(p -> parents.contains(p) == elder).toList();
                if (fit.size() == 1) {
                    return fit.get(0);
                }
            }
        }
        if (!sameSurname.isEmpty()) {
            return sameSurname.get(0);
        }
        List<PersonName> partOf = local.stream().filter(p -> p.last().contains("-")
                && List.of(fold(p.last()).split("-")).contains(fold(word))).toList();
        if (partOf.size() == 1) {
            return partOf.get(0);
        }
        // "Ruben Cardenas Ramirez ... Cardenas": the first of two surnames, as Spanish names are shortened
        List<PersonName> middle = local.stream().filter(p -> p.forms().stream().anyMatch(f -> isInnerWord(f, word))).toList();
        if (middle.size() == 1 && !GivenNames.contains(word)) {
            return middle.get(0);
        }
        for (PersonName p : local) {
            if (p.first() != null && fold(p.first()).equals(fold(word))) {
                return p;
            }
        }
        if (otherEntities.getOrDefault(word, 0) > 0) {
            return null;
        }
        List<PersonName> global = bySurnameKey.getOrDefault(surnameKey(word), List.of()).stream()
                .filter(p -> sameSurname(p.last(), word)).toList();
        if (global.size() == 1) {
            return global.get(0);
        }
        String id = slug(word);
        return people.computeIfAbsent(id, k -> new PersonName(k, null, word, new ArrayList<>(List.of(word))));
    }

    /** A word of a name of three words or more that is neither its first nor its last. */
    private static boolean isInnerWord(String name, String word) {
        String[] words = name.split("\\s+");
        for (int i = 1; i < words.length - 1; i++) {
            if (fold(words[i]).equals(fold(word))) {
                return true;
            }
        }
        return false;
    }

    /** The family name: the last word, or the first before a hyphenated given name ("Kim Dong-chul"). */
    private static String familyName(PersonName p) {
        return p.first() != null && GIVEN_NAME_FIRST.matcher(p.last()).matches() ? p.first() : p.last();
    }

    private static final Pattern GIVEN_NAME_FIRST = Pattern.compile("^\\p{Lu}\\p{Ll}+-\\p{Ll}+$");

    static boolean sameSurname(String a, String b) {
        Matcher gx = GENERATION_AFTER.matcher(fold(a));
        Matcher gy = GENERATION_AFTER.matcher(fold(b));
        gx.matches(); // always: the generation is optional
        gy.matches();
        if (gx.group(2) != null && gy.group(2) != null && !gx.group(2).equals(gy.group(2))) {
            return false; // "Lyubishin Sr." and "Lyubishin Jr.": father and son
        }
        String x = withoutParticle(gx.group(1));
        String y = withoutParticle(gy.group(1));
        return x.equals(y) || (Math.min(x.length(), y.length()) >= 6 && editDistance(x, y) <= 2);
    }

    /** A folded surname and the generation after it, if any ("lyubishin jr.": "lyubishin", "jr"). */
    private static final Pattern GENERATION_AFTER = Pattern.compile("(.*?)(?: (jr|sr)\\.?)?", Pattern.DOTALL);

    /** Folded names, kept: names are compared with every name of an article, and folding is slow. */
    private static final Map<String, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();

    static String fold(String s) {
        String folded = FOLDED.get(s);
        if (folded == null) {
            folded = org.dossier.facts.Folding.fold(s);
            if (FOLDED.size() > 100_000) {
                FOLDED.clear(); // a long-running server reads ever new names; keep the memory bounded
            }
            FOLDED.put(s, folded);
        }
        return folded;
    }

    static String slug(String name) {
        return DASH_ENDS.matcher(NOT_SLUG.matcher(fold(name)).replaceAll("-")).replaceAll("");
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            prev = cur;
        }
        return prev[b.length()];
    }

    public Map<String, PersonName> people() {
        return people;
    }

    public List<PersonMention> mentions() {
        return mentions;
    }
}
