package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/** Hand-made sentences for tests that need no CoreNLP: "word" or "word|lemma|NER|normalized". */
final class Tokens {

    private Tokens() {
    }

    static Sentence sentence(int index, String... specs) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String spec : specs) {
            String[] p = spec.split("\\|", -1);
            String word = p[0];
            String lemma = p.length > 1 && !p[1].isEmpty() ? p[1] : word.toLowerCase();
            String ner = p.length > 2 && !p[2].isEmpty() ? p[2] : "O";
            String norm = p.length > 3 && !p[3].isEmpty() ? p[3] : null;
            String pos = p.length > 4 && !p[4].isEmpty() ? p[4] : "NN";
            boolean glued = word.equals("-") || !tokens.isEmpty() && tokens.get(tokens.size() - 1).word().equals("-");
            if (text.length() > 0 && !glued) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(word);
            tokens.add(new Token(tokens.size(), word, lemma, pos, ner, norm, begin, text.length()));
        }
        return new Sentence(index, text.toString(), tokens, List.of());
    }
}
