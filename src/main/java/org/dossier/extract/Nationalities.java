package org.dossier.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.nlp.AnnotatedArticle;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * A person's nationality from the words just before their name ("Russian national Roman
 * Novak", "American Ann Lee", "US citizen Jan Novak"), as listed in
 * {@code rules/lexicon/nationalities.csv} or, as written, among CoreNLP's nationality
 * adjectives; the one said most often wins.
 */
final class Nationalities {

    private static final String GAZETTEER = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    private static final String DEMONYMS = "edu/stanford/nlp/models/dcoref/demonyms.txt";
    private static final java.util.regex.Pattern FUNCTION_WORD = java.util.regex.Pattern.compile("\\b(of|for|to|the|and|in|on|at|de)\\b");
    /** How many multi-word titles must end in a noun for it to count as a title itself. */
    private static final int TITLE_HEAD_COUNT = 8;
    private static final java.util.regex.Pattern ONE_WORD = java.util.regex.Pattern.compile("[a-z][a-z'.]*");

    /**
     * Words about people that CoreNLP's own gazetteers list (lower case, one word each):
     * nationality and religion nouns and adjectives ("lebanese", "scot", "sikh", "americans")
     * and titles or occupations ("reporter", "dancer", "congressman").
     */
    static final class Words {
        private static volatile Words loaded;

        final java.util.Set<String> nationalities = new java.util.HashSet<>();
        final java.util.Set<String> titles = new java.util.HashSet<>();

        static Words get() {
            Words w = loaded;
            if (w == null) {
                synchronized (Words.class) {
                    if (loaded == null) {
                        loaded = read();
                    }
                    w = loaded;
                }
            }
            return w;
        }

        private static Words read() {
            Words w = new Words();
            Map<String, Integer> heads = new HashMap<>();
            ClassLoader loader = Nationalities.class.getClassLoader();
            try (var in = loader.getResourceAsStream(GAZETTEER)) {
                if (in != null) {
                    var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.ISO_8859_1), 1 << 16); // the words kept are ASCII
                    for (String line; (line = reader.readLine()) != null; ) {
                        int tab = line.indexOf('\t');
                        if (tab < 0 || tab + 1 >= line.length() || "TNR".indexOf(line.charAt(tab + 1)) < 0) {
                            continue;
                        }
                        String word = line.substring(0, tab);
                        if (!ONE_WORD.matcher(word).matches()) {
                            // "charity worker", "management consultant": the head noun of many titles is a title
                            int space = word.lastIndexOf(' ');
                            if (space > 0 && line.startsWith("TITLE\t", tab + 1) && !FUNCTION_WORD.matcher(word).find()) {
                                heads.merge(word.substring(space + 1), 1, Integer::sum);
                            }
                            continue;
                        }
                        if (line.startsWith("TITLE\t", tab + 1)) {
                            w.titles.add(word);
                        } else if (line.startsWith("NATIONALITY\t", tab + 1) || line.startsWith("RELIGION\t", tab + 1)) {
                            w.nationalities.add(word);
                        }
                    }
                }
                heads.forEach((head, count) -> {
                    if (count >= TITLE_HEAD_COUNT && head.length() >= 5 && head.chars().allMatch(Character::isLowerCase)) {
                        w.titles.add(head);
                    }
                });
                try (var demonyms = loader.getResourceAsStream(DEMONYMS)) {
                    if (demonyms != null) {
                        var reader = new java.io.BufferedReader(new java.io.InputStreamReader(demonyms, java.nio.charset.StandardCharsets.UTF_8));
                        for (String line; (line = reader.readLine()) != null; ) {
                            String[] cols = line.split("\t");
                            for (int i = 1; i < cols.length && !line.startsWith("#"); i++) {
                                String word = cols[i].trim().toLowerCase(Locale.ROOT);
                                if (ONE_WORD.matcher(word).matches()) {
                                    w.nationalities.add(word);
                                }
                            }
                        }
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return w;
        }

        /** "Lebanese", "Lebanese-American", "Scot", "Sikh": every part a nationality or religion word. */
        boolean isNationality(String word) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.isEmpty()) {
                return false;
            }
            for (String part : lower.split("-")) {
                if (!nationalities.contains(part)) {
                    return false;
                }
            }
            return true;
        }

        boolean isTitle(String word) {
            return titles.contains(word.toLowerCase(Locale.ROOT));
        }
    }

    private static final int WINDOW = 3;
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
    /** Parts of speech of the words of a name's own noun phrase ("US citizen", "Lebanese-American"). */
    private static final java.util.regex.Pattern IN_NOUN_PHRASE = java.util.regex.Pattern.compile("NNP?S?|JJ|HYPH|:");

    private final Map<String, String> words;

    Nationalities(Lexicon lexicon) {
        words = new HashMap<>();
        lexicon.entries("nationalities").forEach(e -> words.put(String.join(" ", e.phrase()), e.label(0)));
    }

    Map<String, String> of(List<AnnotatedArticle> articles, List<PersonMention> names) {
        Map<String, AnnotatedArticle> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.article().id(), a));
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (PersonMention m : names) {
            Sentence s = byId.get(m.article()).sentences().get(m.sentence());
            if (m.reference()) {
                // "a British couple", "two Canadians": the nationality inside a group that stands for them;
                // "a Chilean photojournalist" in a lead: inside the description that stands for them
                for (int i = m.start(); (isGroup(s, m) || isLead(s, m)) && i < m.end(); i++) {
                    count(counts, m.person(), nationalityOf(s.tokens().get(i)));
                }
                continue;
            }
            for (int i = m.start() - 1; i >= Math.max(0, m.start() - WINDOW); i--) {
                Token t = s.tokens().get(i);
                if (!IN_NOUN_PHRASE.matcher(t.pos()).matches()) {
                    break; // "a Russian court sentenced Jan Novak": Russian is the court's
                }
                count(counts, m.person(), nationalityOf(t));
            }
            // "Ann Lee, a Norwegian teacher", "X, the Colombian who is wanted in Y": a description set after the name
            int after = m.end();
            if (after + 2 < s.tokens().size() && s.tokens().get(after).word().equals(",")
                    && DETERMINERS.contains(s.tokens().get(after + 1).word().toLowerCase(Locale.ROOT))) {
                count(counts, m.person(), nationalityOf(s.tokens().get(after + 2)));
            }
        }
        Map<String, String> best = new HashMap<>();
        counts.forEach((person, byNationality) -> best.put(person, byNationality.entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null)));
        return best;
    }

    /** An indefinite description of one person ("a Chilean photojournalist") that stands for them. */
    private static boolean isLead(Sentence s, PersonMention m) {
        String first = s.tokens().get(m.start()).word().toLowerCase(Locale.ROOT);
        return m.end() - m.start() >= 2 && (first.equals("a") || first.equals("an"));
    }

    /** A reference naming several people ("a British couple", "two Canadians"), not a pronoun or a description of one. */
    private static boolean isGroup(Sentence s, PersonMention m) {
        Token last = s.tokens().get(m.end() - 1);
        String word = last.word().toLowerCase(Locale.ROOT);
        return m.end() - m.start() >= 2 && (last.pos().endsWith("S") || word.equals("couple") || word.equals("pair"));
    }

    private static void count(Map<String, Map<String, Integer>> counts, String person, String nationality) {
        if (nationality != null) {
            counts.computeIfAbsent(person, k -> new HashMap<>()).merge(nationality, 1, Integer::sum);
        }
    }

    /** The nationality a word names ("British", "Canadians"), or one CoreNLP's gazetteers list ("Lebanese", "Emirati"). */
    private String nationalityOf(Token t) {
        String nationality = words.get(t.word().toLowerCase(Locale.ROOT));
        if (nationality == null) {
            nationality = words.get(t.lemma().toLowerCase(Locale.ROOT)); // "Canadians"
        }
        if (nationality == null && Character.isUpperCase(t.word().charAt(0)) && t.pos().startsWith("JJ")
                && Words.get().isNationality(t.word())) {
            // "A SLOVAK national": the word as a nationality is written, not as the lead shouted it
            nationality = t.word().charAt(0) + t.word().substring(1).toLowerCase(Locale.ROOT);
        }
        return nationality;
    }
}
