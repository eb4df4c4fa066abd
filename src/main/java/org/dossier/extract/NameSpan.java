package org.dossier.extract;

import java.util.List;

/**
 * Consecutive tokens that name a person, as written ("Jan Novak", "Mr.Novak", "Novak"), with
 * the words that are no part of the name left out ("Mrs", "Lebanese-American"); a hyphenated
 * surname is one word ("Smith-Jones"). {@code aliasOf} is the name this one is given as
 * another name for ("Jan Novak alias Janko"), else null.
 */
public record NameSpan(String article, int sentence, int start, int end, List<String> words, NameSpan aliasOf) {

    private static final java.util.Set<String> SAINT = java.util.Set.of("St.", "St", "Ste.", "Ste");

    /** "Joseph St. Clair": "St." begins the surname after it, one word of the name with it. */
    public NameSpan {
        if (words.size() >= 2 && words.subList(0, words.size() - 1).stream().anyMatch(SAINT::contains)) {
            List<String> joined = new java.util.ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                boolean saint = SAINT.contains(words.get(i)) && i + 1 < words.size();
                joined.add(saint ? words.get(i) + " " + words.get(++i) : words.get(i));
            }
            words = List.copyOf(joined);
        }
    }

    public NameSpan(String article, int sentence, int start, int end, List<String> words) {
        this(article, sentence, start, end, words, null);
    }

    public boolean isFullName() {
        return words.size() >= 2;
    }

    public String first() {
        return words.get(0);
    }

    public String last() {
        return words.get(words.size() - 1);
    }

    public String text() {
        return String.join(" ", words);
    }

    NameSpan asAliasOf(NameSpan name) {
        return new NameSpan(article, sentence, start, end, words, name);
    }

    /** Only the last word of the name (the word before it was no part of it). */
    NameSpan lastWordOnly() {
        return new NameSpan(article, sentence, end - 1, end, List.of(last()), aliasOf);
    }

    NameSpan withoutFirstWord() {
        return new NameSpan(article, sentence, start + 1, end, words.subList(1, words.size()), aliasOf);
    }

    NameSpan withWords(List<String> newWords) {
        return new NameSpan(article, sentence, start, end, newWords, aliasOf);
    }
}
