package org.dossier.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.dossier.rules.CompiledRules;
import org.dossier.rules.RuleBook;
import org.dossier.rules.RulesException;

/**
 * Everything under {@code rules/} that extraction reads: the lexicons, the people rules that
 * decide roles, and the event rules that decide facts.
 */
public record ExtractionRules(Lexicon lexicon, RuleBook people, RuleBook events) {

    public static ExtractionRules load(Path rulesDir) throws IOException, RulesException {
        return load(rulesDir, CompiledRules.NONE);
    }

    /** As {@link #load(Path)}, the rule books read from {@code compiled} when their files were compiled before. */
    public static ExtractionRules load(Path rulesDir, CompiledRules compiled) throws IOException, RulesException {
        CompletableFuture<Void> lists = WordLists.readAhead();
        ExtractionRules rules = new ExtractionRules(Lexicon.load(rulesDir.resolve("lexicon")),
                RuleBook.load(rulesDir.resolve("people"), compiled), RuleBook.load(rulesDir.resolve("extract"), compiled));
        WordLists.await(lists);
        return rules;
    }
}
