package org.dossier.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.brief.SettingReferences;
import org.dossier.extract.Lexicon;
import org.dossier.rules.RuleBook;
import org.dossier.rules.RuleFolders;
import org.dossier.rules.RuleProblem;
import org.dossier.rules.RulesException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dossier rules check}: compile every rules folder and report each error by file and line. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Compile every rules folder and check every lexicon line against its header;",
                "print each error as file:line:column: message.",
                "Also reports rules that read a setting missing from their folder's settings.properties."})
public class RulesCheckCommand implements Callable<Integer> {

    @Mixin
    RulesOption option;

    @Override
    public Integer call() throws Exception {
        List<Path> books = RuleFolders.books(option.rules);
        if (books.isEmpty()) {
            System.err.println(option.rules + ": no .drl files found");
            return 1;
        }
        List<String> ok = new ArrayList<>();
        int errors = 0;
        Path lexicon = option.rules.resolve("lexicon");
        if (Files.isDirectory(lexicon)) {
            try {
                int entries = Lexicon.load(lexicon).entries().size();
                ok.add("lexicon (" + entries + " lines)");
            } catch (RulesException e) {
                e.problems().forEach(System.err::println);
                errors += e.problems().size();
            }
        }
        for (Path book : books) {
            List<RuleProblem> problems = new ArrayList<>();
            int files = 0;
            try {
                files = RuleBook.load(book).files().size();
            } catch (RulesException e) {
                problems.addAll(e.problems());
            }
            problems.addAll(SettingReferences.check(book));
            problems.forEach(System.err::println);
            errors += problems.size();
            if (problems.isEmpty()) {
                ok.add(option.rules.relativize(book) + " (" + files + (files == 1 ? " file)" : " files)"));
            }
        }
        if (errors > 0) {
            System.err.println(errors + (errors == 1 ? " error" : " errors") + " in " + option.rules);
            return 1;
        }
        System.out.println("rules OK: " + String.join(", ", ok));
        return 0;
    }
}
