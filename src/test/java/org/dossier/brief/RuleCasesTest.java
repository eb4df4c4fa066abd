package org.dossier.brief;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.brief.cases.CaseResult;
import org.dossier.brief.cases.RuleCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every example case in rules/tests, one test each. */
class RuleCasesTest {

    @TestFactory
    Stream<DynamicTest> everyCaseInRulesTests() throws Exception {
        List<Path> files = RuleCases.files(TestRules.RULES);
        assertFalse(files.isEmpty(), "no cases in rules/tests");
        RuleCases cases = new RuleCases(RuleBookHolder.derive(), TestRules.deriver().settings());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            CaseResult r = cases.run(f);
            assertTrue(r.passed(), r.name() + ":\n  " + String.join("\n  ", r.failures()));
        }));
    }
}
