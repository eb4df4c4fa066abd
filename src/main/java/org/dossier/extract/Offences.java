package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What someone is said to have done, told after "for" ("sentenced to ten years for spying",
 * "jailed for 'providing intelligence overseas'"): a doing (a gerund) or a quoted offence. These
 * are the lexicon "offences" the extraction rules see, as the charge a sentence rests on.
 */
final class Offences {

    private static final Set<String> FOR = Set.of("obl:for", "advcl:for", "nmod:for");
    private static final Set<String> QUOTES = Set.of("\u201c", "``", "\"", "'", "\u2018");

    private Offences() {
    }

    static List<PhraseMatch> find(String article, SentenceSyntax syntax) {
        List<PhraseMatch> found = new ArrayList<>();
        for (int i = 0; i < syntax.size(); i++) {
            if (!FOR.contains(syntax.relationToHead(i)) || !"O".equals(syntax.token(i).ner())) {
                continue;
            }
            boolean doing = syntax.token(i).pos().equals("VBG");
            boolean quoted = i > 0 && QUOTES.contains(syntax.token(i - 1).word())
                    || i > 1 && QUOTES.contains(syntax.token(i - 2).word()) && syntax.token(i - 1).pos().startsWith("RB");
            int start = quoted && !QUOTES.contains(syntax.token(i - 1).word()) ? i - 1 : i;
            if (doing || quoted) {
                int end = Math.max(i + 1, lastOfSubtree(syntax, i, 0) + 1);
                found.add(new PhraseMatch(article, syntax.sentence().index(), start, end, i, "offences", "offence", null,
                        PhraseMatcher.text(syntax.sentence().tokens(), start, end)));
            }
        }
        return found;
    }

    private static int lastOfSubtree(SentenceSyntax syntax, int token, int depth) {
        int last = token;
        if (depth > 6) {
            return last;
        }
        for (var d : syntax.children(token)) {
            if (d.dependent() > token && !d.relation().equals("punct")) {
                last = Math.max(last, lastOfSubtree(syntax, d.dependent(), depth + 1));
            }
        }
        return last;
    }
}
