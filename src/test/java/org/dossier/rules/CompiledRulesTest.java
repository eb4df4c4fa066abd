package org.dossier.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.runtime.KieSession;

class CompiledRulesTest {

    private static final String SHOUT = """
            package t
            global java.util.List seen
            rule "words are seen shouted"
            when
                $w : String()
            then
                seen.add($w.toUpperCase());
            end
            """;

    @TempDir
    Path tmp;

    @Test
    void aBookCompiledBeforeIsReadBackAndRunsAsCompiled() throws Exception {
        Path rules = book(SHOUT);
        CompiledRules compiled = CompiledRules.in(tmp.resolve("cache"));
        RuleBook first = RuleBook.load(rules, compiled);
        compiled.save();
        RuleBook again = RuleBook.load(rules, compiled);
        assertFalse(first.stored());
        assertTrue(again.stored());
        assertEquals(1, stored().size());
        assertEquals(List.of("HELLO"), run(again, "hello"));
        assertEquals(run(first, "hello"), run(again, "hello"));
    }

    @Test
    void anEditedRuleFileIsCompiledAgainAndItsRulesRun() throws Exception {
        Path rules = book(SHOUT);
        CompiledRules compiled = CompiledRules.in(tmp.resolve("cache"));
        RuleBook.load(rules, compiled);
        compiled.save();
        Files.writeString(rules.resolve("shout.drl"), SHOUT.replace("toUpperCase", "toLowerCase"));
        RuleBook edited = RuleBook.load(rules, compiled);
        compiled.save();
        assertFalse(edited.stored());
        assertEquals(List.of("hello"), run(edited, "HeLLo"));
        assertEquals(2, stored().size());
    }

    @Test
    void aBrokenRuleIsStillReportedWithFileAndLine() throws Exception {
        Path rules = book(SHOUT);
        CompiledRules compiled = CompiledRules.in(tmp.resolve("cache"));
        RuleBook.load(rules, compiled);
        compiled.save();
        Files.writeString(rules.resolve("shout.drl"), SHOUT.replace("$w : String()", "$w : String("));
        RulesException e = assertThrows(RulesException.class, () -> RuleBook.load(rules, compiled));
        RuleProblem problem = e.problems().get(0);
        assertTrue(problem.file().endsWith("shout.drl"), problem.toString());
        assertEquals(7, problem.line(), problem.toString());
        assertEquals(assertThrows(RulesException.class, () -> RuleBook.load(rules)).problems(), e.problems());
        assertEquals(1, stored().size());
    }

    @Test
    void anUnreadableStoredBookIsIgnoredAndReplaced() throws Exception {
        Path rules = book(SHOUT);
        CompiledRules compiled = CompiledRules.in(tmp.resolve("cache"));
        RuleBook.load(rules, compiled);
        compiled.save();
        Path file = stored().get(0);
        Files.write(file, "not a rule book".getBytes());
        RuleBook rebuilt = RuleBook.load(rules, compiled);
        compiled.save();
        assertFalse(rebuilt.stored());
        assertEquals(List.of("HELLO"), run(rebuilt, "hello"));
        assertTrue(RuleBook.load(rules, compiled).stored());
    }

    @Test
    void aBookCutShortIsIgnored() throws Exception {
        Path rules = book(SHOUT);
        CompiledRules compiled = CompiledRules.in(tmp.resolve("cache"));
        RuleBook.load(rules, compiled);
        compiled.save();
        Path file = stored().get(0);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        RuleBook rebuilt = RuleBook.load(rules, compiled);
        assertFalse(rebuilt.stored());
        assertEquals(List.of("HELLO"), run(rebuilt, "hello"));
    }

    @Test
    void nothingIsWrittenBeforeTheRunSavesWhatItCompiled() throws Exception {
        Path rules = book(SHOUT);
        CompiledRules compiled = CompiledRules.in(tmp.resolve("cache"));
        RuleBook.load(rules, compiled);
        assertFalse(Files.exists(tmp.resolve("cache")));
        assertFalse(RuleBook.load(rules, compiled).stored());
    }

    @Test
    void onlyTheMostRecentlyUsedBooksAreKept() throws Exception {
        Path rules = book(SHOUT);
        CompiledRules compiled = CompiledRules.in(tmp.resolve("cache"));
        for (int i = 0; i < 10; i++) {
            Files.writeString(rules.resolve("shout.drl"), SHOUT + "// edit " + i + "\n");
            RuleBook.load(rules, compiled);
            compiled.save();
        }
        assertEquals(8, stored().size());
        assertTrue(RuleBook.load(rules, compiled).stored(), "the last edit is kept");
    }

    @Test
    void withoutAFolderNothingIsStored() throws Exception {
        Path rules = book(SHOUT);
        assertFalse(RuleBook.load(rules, CompiledRules.NONE).stored());
        assertFalse(RuleBook.load(rules, CompiledRules.NONE).stored());
        assertFalse(Files.exists(tmp.resolve("cache")));
    }

    private Path book(String drl) throws Exception {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(rules.resolve("shout.drl"), drl);
        return rules;
    }

    private List<Path> stored() throws Exception {
        try (Stream<Path> files = Files.list(tmp.resolve("cache"))) {
            return files.filter(f -> f.toString().endsWith(".kbase")).toList();
        }
    }

    private static List<Object> run(RuleBook book, String word) {
        List<Object> seen = new ArrayList<>();
        KieSession session = book.newSession();
        try {
            session.setGlobal("seen", seen);
            session.insert(word);
            book.fire(session, "test");
        } finally {
            session.dispose();
        }
        return seen;
    }
}
