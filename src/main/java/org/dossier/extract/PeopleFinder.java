package org.dossier.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.nlp.AnnotatedArticle;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Finds the people named in a set of articles and gives each real person one id: a full name
 * ("Jan Novak"), the surname or first name alone, "Mr.Novak" and spelling variants of a
 * long surname ("Novakov") all come to the same person.
 */
public final class PeopleFinder {

    private static final Pattern TITLED = Pattern.compile("^(?:Mr|Mrs|Ms|Dr)\\.(\\p{Lu}[\\p{L}'-]+)$");
    private static final Pattern NAME_WORD = Pattern.compile("^\\p{Lu}[\\p{L}'.-]*$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DASH_ENDS = Pattern.compile("(^-|-$)");

    private final Map<String, PersonName> people = new LinkedHashMap<>();
    private final List<PersonMention> mentions = new ArrayList<>();
    private final Map<String, List<PersonName>> byFirstName = new java.util.HashMap<>();
    private final Map<String, List<PersonName>> bySurnameKey = new java.util.HashMap<>();

    /** A person's name parts as collected from the articles. */
    public record PersonName(String id, String first, String last, List<String> forms) {
        String full() {
            return first == null ? last : first + " " + last;
        }
    }

    public static PeopleFinder find(List<AnnotatedArticle> articles) {
        PeopleFinder finder = new PeopleFinder();
        List<NameSpan> spans = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            for (Sentence s : a.sentences()) {
                spans.addAll(nameSpans(a.article().id(), s));
            }
        }
        spans.stream().filter(NameSpan::isFullName).forEach(finder::addFullName);
        Map<String, List<NameSpan>> byArticle = new java.util.HashMap<>();
        spans.forEach(s -> byArticle.computeIfAbsent(s.article(), k -> new ArrayList<>()).add(s));
        for (AnnotatedArticle a : articles) {
            finder.resolveArticle(a, byArticle.getOrDefault(a.article().id(), List.of()));
        }
        return finder;
    }

    static List<NameSpan> nameSpans(String article, Sentence s) {
        List<NameSpan> spans = new ArrayList<>();
        List<Token> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size()) {
            Matcher titled = TITLED.matcher(tokens.get(i).word());
            if (titled.matches()) {
                spans.add(new NameSpan(article, s.index(), i, i + 1, List.of(titled.group(1))));
                i++;
                continue;
            }
            if (!isNameToken(tokens.get(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < tokens.size() && isNameToken(tokens.get(i))) {
                i++;
            }
            List<String> words = tokens.subList(start, i).stream().map(Token::word).toList();
            spans.add(new NameSpan(article, s.index(), start, i, words));
        }
        return spans;
    }

    private static boolean isNameToken(Token t) {
        return "PERSON".equals(t.ner()) && NAME_WORD.matcher(t.word()).matches();
    }

    private void addFullName(NameSpan span) {
        PersonName known = findByFullName(span.first(), span.last());
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

    private PersonName findByFullName(String first, String last) {
        for (PersonName p : byFirstName.getOrDefault(fold(first), List.of())) {
            if (sameSurname(p.last(), last)) {
                return p;
            }
        }
        return null;
    }

    /** Spelling variants of a surname share its first letters ("Novak", "Novack"). */
    private static String surnameKey(String surname) {
        String folded = fold(surname);
        return folded.substring(0, Math.min(3, folded.length()));
    }

    private void resolveArticle(AnnotatedArticle article, List<NameSpan> spans) {
        List<PersonName> local = new ArrayList<>();
        for (NameSpan span : spans) {
            if (span.isFullName()) {
                PersonName p = findByFullName(span.first(), span.last());
                if (!local.contains(p)) {
                    local.add(p);
                }
            }
        }
        for (NameSpan span : spans) {
            PersonName p = span.isFullName() ? findByFullName(span.first(), span.last())
                    : resolveSingle(span.first(), local);
            Sentence s = article.sentences().get(span.sentence());
            mentions.add(new PersonMention(span.article(), span.sentence(), span.start(), span.end(),
                    span.end() - 1, p.id(), span.text(), false));
        }
        addBareSurnames(article, spans, local);
    }

    /** A surname the tagger missed ("Lee's wife") is still a mention of the person named in full. */
    private void addBareSurnames(AnnotatedArticle article, List<NameSpan> spans, List<PersonName> local) {
        if (local.isEmpty()) {
            return;
        }
        for (Sentence s : article.sentences()) {
            for (Token t : s.tokens()) {
                if ("PERSON".equals(t.ner()) || t.word().length() < 3) {
                    continue;
                }
                PersonName named = local.stream().filter(p -> t.word().equals(p.last())).findFirst().orElse(null);
                if (named != null && NAME_WORD.matcher(t.word()).matches()) { // the cheap test first
                    mentions.add(new PersonMention(article.article().id(), s.index(), t.index(),
                            t.index() + 1, t.index(), named.id(), t.word(), false));
                }
            }
        }
    }

    private PersonName resolveSingle(String word, List<PersonName> local) {
        for (PersonName p : local) {
            if (sameSurname(p.last(), word)) {
                return p;
            }
        }
        for (PersonName p : local) {
            if (p.first() != null && fold(p.first()).equals(fold(word))) {
                return p;
            }
        }
        List<PersonName> global = bySurnameKey.getOrDefault(surnameKey(word), List.of()).stream()
                .filter(p -> sameSurname(p.last(), word)).toList();
        if (global.size() == 1) {
            return global.get(0);
        }
        String id = slug(word);
        return people.computeIfAbsent(id, k -> new PersonName(k, null, word, new ArrayList<>(List.of(word))));
    }

    static boolean sameSurname(String a, String b) {
        String x = fold(a);
        String y = fold(b);
        return x.equals(y) || (Math.min(x.length(), y.length()) >= 6 && editDistance(x, y) <= 2);
    }

    static String fold(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
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
