package org.dossier.extract;

import java.io.PrintStream;
import java.util.List;

/**
 * Prints what the extraction rules saw in one sentence (lexicon matches, people linked to each
 * trigger with relation and distance, cues near each trigger), the roles the people rules gave, and which events they decided:
 * the view an analyst needs to see why a rule did or did not fire.
 */
public final class SentenceExplainer implements Extractor.Explainer {

    private final String article;
    private final int sentence;
    private final PrintStream out;

    public SentenceExplainer(String article, int sentence, PrintStream out) {
        this.article = article;
        this.sentence = sentence;
        this.out = out;
    }

    /** Parses {@code ARTICLE:SENTENCE}, e.g. {@code 002_fb0175264afbf5c1:4}. */
    public static SentenceExplainer parse(String target, PrintStream out) {
        int colon = target.lastIndexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("--explain takes ARTICLE:SENTENCE, e.g. 000_abc:4");
        }
        return new SentenceExplainer(target.substring(0, colon), Integer.parseInt(target.substring(colon + 1)), out);
    }

    private static String reach(int distance) {
        return distance <= 1 ? "adjacent" : distance == 2 ? "close" : distance == 3 ? "near" : distance == 4 ? "inClause"
                : "in the sentence";
    }

    /** Each word with its tag and how it hangs on its head ("asked/VBD root", "bail/NN obj<-grant"). */
    private static String parse(SentenceSyntax syntax) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < syntax.size(); i++) {
            int head = syntax.head(i);
            line.append(i == 0 ? "" : " ").append(syntax.token(i).word()).append('/').append(syntax.token(i).pos())
                    .append(' ').append(syntax.relationToHead(i));
            if (head >= 0) {
                line.append("<-").append(syntax.token(head).word());
            }
        }
        return line.toString();
    }

    @Override
    public void accept(String articleId, List<SentenceFacts> sentences, List<Event> events, List<RoleEvidence> roles) {
        if (!articleId.equals(article) || sentence >= sentences.size()) {
            return;
        }
        SentenceFacts s = sentences.get(sentence);
        out.println("sentence " + sentence + ": " + s.syntax().sentence().text());
        out.println("  parse   " + parse(s.syntax()));
        s.matches().forEach(m -> out.printf("  match   %-15s %-12s %-14s '%s' @%d%n", m.lexicon(), m.label(),
                m.label2() == null ? "" : m.label2(), m.text(), m.start()));
        s.mentions().forEach(m -> out.printf("  person  %-20s '%s' @%d%s%n", m.person(), m.text(), m.head(),
                m.reference() ? " (reference)" : ""));
        s.personLinks().forEach(l -> out.printf("  link    '%s' -> %s (%s) part %s, %s   [parser: %s, %d edges]%n",
                l.match().text(), l.person(), l.role(), l.getPart(), reach(l.distance()),
                l.relation(), l.distance()));
        s.cueLinks().stream().filter(l -> !l.lexicon().equals("triggers") || l.isInClause())
                .forEach(l -> out.printf("  cue     '%s' -> %s:%s '%s' %s%s%s   [%d edges]%n", l.match().text(),
                        l.lexicon(), l.label(), l.cue().text(), reach(l.distance()),
                        l.before() ? ", before" : "", l.isInside() ? ", inside" : "", l.distance()));
        roles.stream().filter(r -> r.sentence() == sentence).forEach(r -> out.printf(
                "  ROLE    %s is %s by rule \"%s\"%n", r.person(), r.role(), r.rule()));
        events.stream().filter(e -> e.trigger().sentence() == sentence).forEach(e -> out.printf(
                "  EVENT   %s/%s %s status=%s by rule \"%s\"%n", e.type(), e.kind(), e.person(), e.status(), e.rule()));
    }
}
