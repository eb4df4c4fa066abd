package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The words extraction rules are written in: lexicon column names, a person's part, closeness. */
class RuleVocabularyTest {

    @TempDir
    Path dir;

    @Test
    void aLexiconLineIsReadByTheNamesOfItsColumns() throws Exception {
        Path file = dir.resolve("signals.csv");
        Files.writeString(file, "phrase,type,kind\n# a comment\nround up,custody,arrested\n");
        LexiconEntry entry = Lexicon.read(file).get(0);
        PhraseMatch match = new PhraseMatch("a", 0, 0, 2, 0, entry.lexicon(), entry.label(0), entry.label(1),
                "rounded up", List.of(), entry.columns());
        assertEquals("custody", match.getType());
        assertEquals("arrested", match.getKind());
        assertNull(match.getMeaning(), "signals.csv has no meaning column");
    }

    @Test
    void aPersonsPartInAnEventIsNamedInTheDomainsWords() {
        PhraseMatch arrest = new PhraseMatch("a", 0, 3, 4, 3, "triggers", "custody", "arrested", "arrested");
        assertEquals("undergoes", link(arrest, "nsubj:pass", 1).getPart());
        assertEquals("undergoes", link(arrest, "obj", 1).getPart());
        assertEquals("whose", link(arrest, "nmod:poss", 1).getPart());
        assertEquals("does", link(arrest, "nsubj", 1).getPart());
        assertEquals("by", link(arrest, "obl:agent", 2).getPart());
        assertEquals("undergoes", link(arrest, PersonLink.PREDICATE_SUBJECT, 1).getPart(), "found him guilty");
        PhraseMatch free = new PhraseMatch("a", 0, 3, 4, 3, "triggers", "custody", "released", "free");
        assertEquals("does", link(free, "nsubj:xsubj", 1).getPart(), "urged Iran to free him");
        PhraseMatch call = new PhraseMatch("a", 0, 3, 4, 3, "triggers", "diplomatic", "call", "call");
        assertEquals("does", link(call, "nsubj:xsubj", 1).getPart(), "he was allowed to call home");
        assertTrue(link(arrest, "obj", 2).isClose());
        assertTrue(!link(arrest, "obj", 3).isClose() && link(arrest, "obj", 3).isInClause());
    }

    private static PersonLink link(PhraseMatch trigger, String relation, int distance) {
        PersonMention m = new PersonMention("a", 0, 0, 1, 0, "ann-lee", "Ann Lee", false);
        return new PersonLink(trigger, m, "ann-lee", "detainee", relation, distance);
    }

    private static final Pattern PARSER_WORDS = Pattern.compile(
            "\\b(nsubj|nmod|obl|iobj|relation|distance|label2?|below)\\b|\"obj\"");

    @Test
    void extractionRulesSpeakTheDomainsWordsNotTheParsers() throws IOException {
        List<String> found = new ArrayList<>();
        for (String folder : List.of("rules/extract", "rules/people")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        String code = lines.get(i).replaceFirst("//.*", "");
                        if (PARSER_WORDS.matcher(code).find()) {
                            found.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "parser labels or token distances in rules an analyst reads");
    }
}
