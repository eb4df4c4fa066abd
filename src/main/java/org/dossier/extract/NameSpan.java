package org.dossier.extract;

import java.util.List;

/**
 * Consecutive tokens that name a person, as written ("Jan Novak", "Mr.Novak", "Novak"), with
 * the words that are no part of the name left out ("Mrs", "Lebanese-American"); a hyphenated
 * surname is one word ("Smith-Jones"). {@code aliasOf} is the name this one is given as
 * another name for ("Jan Novak alias Janko"), else null.
 */
public record NameSpan(String article, int sentence, int start, int end, List<String> words, NameSpan aliasOf) {

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

    NameSpan withWords(List<String> newWords) {
        return new NameSpan(article, sentence, start, end, newWords, aliasOf);
    }
}
