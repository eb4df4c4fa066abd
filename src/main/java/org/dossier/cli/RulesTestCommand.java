package org.dossier.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.brief.cases.CaseResult;
import org.dossier.brief.cases.RuleCases;
import org.dossier.rules.RuleProblem;
import org.dossier.rules.RulesException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dossier rules test}: run the example cases of rules/tests against rules/derive. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run the example cases in RULES/tests (facts in, expected brief items out).")
public class RulesTestCommand implements Callable<Integer> {

    @Mixin
    RulesOption option;

    @Override
    public Integer call() throws Exception {
        List<Path> files = RuleCases.files(option.rules);
        if (files.isEmpty()) {
            System.err.println(option.rules.resolve("tests") + ": no cases (*.json) found");
            return 1;
        }
        RuleCases cases;
        try {
            cases = RuleCases.load(option.rules);
        } catch (RulesException e) {
            e.problems().stream().map(RuleProblem::toString).forEach(System.err::println);
            return 1;
        }
        int failed = 0;
        for (Path f : files) {
            CaseResult r = cases.run(f);
            if (r.passed()) {
                System.out.println("PASS  " + r.name());
            } else {
                failed++;
                System.out.println("FAIL  " + r.name() + "  (" + f + ")");
                r.failures().forEach(m -> System.out.println("      " + m));
            }
        }
        System.out.println((files.size() - failed) + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }
}
