package org.dossier.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.rules.RuleBook;
import org.dossier.rules.RuleFolders;
import org.dossier.rules.RuleProblem;
import org.dossier.rules.RulesException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier rules check}: compile every rules folder and report each error by file and line. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compile every rules folder; print each error as file:line:column: message.")
public class RulesCheckCommand implements Callable<Integer> {

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Rules folder (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Override
    public Integer call() throws Exception {
        List<Path> books = RuleFolders.books(rules);
        if (books.isEmpty()) {
            System.err.println(rules + ": no .drl files found");
            return 1;
        }
        List<String> ok = new ArrayList<>();
        int errors = 0;
        for (Path book : books) {
            try {
                RuleBook loaded = RuleBook.load(book);
                ok.add(rules.relativize(book) + " (" + loaded.files().size() + " files)");
            } catch (RulesException e) {
                for (RuleProblem p : e.problems()) {
                    System.err.println(p);
                }
                errors += e.problems().size();
            }
        }
        if (errors > 0) {
            System.err.println(errors + (errors == 1 ? " error" : " errors") + " in " + rules);
            return 1;
        }
        System.out.println("rules OK: " + String.join(", ", ok));
        return 0;
    }
}
