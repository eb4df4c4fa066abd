package org.dossier.extract;

import java.util.List;

/** Consecutive tokens that name a person, as written ("Jan Novak", "Mr.Novak", "Novak"). */
public record NameSpan(String article, int sentence, int start, int end, List<String> words) {

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
}
