package org.dossier.pipeline.preview;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.dossier.brief.BriefDeriver;
import org.dossier.brief.SettingReferences;
import org.dossier.extract.ExtractionRules;
import org.dossier.extract.Lexicon;
import org.dossier.rules.RuleBook;
import org.dossier.rules.RuleFolders;
import org.dossier.rules.RuleProblem;
import org.dossier.rules.RulesException;

/**
 * A rules folder compiled whole, every part at once (lexicon, people, extract, derive), so that
 * every problem of every part is reported together rather than the first part's only.
 *
 * @param rules    the compiled rules, or null when there are problems
 * @param problems each problem by file, line and column, as {@code rules check} prints them
 */
public record CandidateRules(ExtractionRules extraction, BriefDeriver deriver, List<RuleProblem> problems) {

    public boolean compiles() {
        return problems.isEmpty();
    }

    public static CandidateRules compile(Path dir) {
        return compile(dir, null, Set.of());
    }

    /**
     * Compiles a folder, taking the parts named in {@code same} ("lexicon", "people", "extract",
     * "derive") from {@code other} instead: parts that are byte for byte the same need no
     * second compile.
     */
    public static CandidateRules compile(Path dir, CandidateRules other, Set<String> same) {
        List<RuleProblem> problems = new ArrayList<>();
        boolean reuse = other != null && other.compiles();
        CompletableFuture<Lexicon> lexicon = reuse && same.contains("lexicon")
                ? CompletableFuture.completedFuture(other.extraction().lexicon())
                : async(() -> Lexicon.load(dir.resolve("lexicon")));
        CompletableFuture<RuleBook> people = reuse && same.contains("people")
                ? CompletableFuture.completedFuture(other.extraction().people())
                : async(() -> RuleBook.load(dir.resolve("people")));
        CompletableFuture<RuleBook> events = reuse && same.contains("extract")
                ? CompletableFuture.completedFuture(other.extraction().events())
                : async(() -> RuleBook.load(dir.resolve("extract")));
        CompletableFuture<BriefDeriver> deriver = reuse && same.contains("derive")
                ? CompletableFuture.completedFuture(other.deriver())
                : async(() -> BriefDeriver.load(dir.resolve("derive")));
        Lexicon l = join(lexicon, dir.resolve("lexicon"), problems);
        RuleBook p = join(people, dir.resolve("people"), problems);
        RuleBook e = join(events, dir.resolve("extract"), problems);
        BriefDeriver d = join(deriver, dir.resolve("derive"), problems);
        try {
            for (Path book : RuleFolders.books(dir)) {
                problems.addAll(SettingReferences.check(book));
            }
        } catch (IOException | RuntimeException x) {
            problems.add(new RuleProblem(dir.toString(), 0, 0, String.valueOf(x.getMessage())));
        }
        if (!problems.isEmpty()) {
            return new CandidateRules(null, null, List.copyOf(problems));
        }
        return new CandidateRules(new ExtractionRules(l, p, e), d, List.of());
    }

    @FunctionalInterface
    private interface Load<T> {
        T run() throws IOException, RulesException;
    }

    private static <T> CompletableFuture<T> async(Load<T> load) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return load.run();
            } catch (IOException | RulesException x) {
                throw new CompletionException(x);
            }
        }, CandidateRules::onThreadOfItsOwn);
    }

    /** Each part on a thread of its own: Drools compiles a book on one thread, and the common pool may have one. */
    private static void onThreadOfItsOwn(Runnable task) {
        Thread t = new Thread(task, "compile-candidate-rules");
        t.setDaemon(true);
        t.start();
    }

    private static <T> T join(CompletableFuture<T> loading, Path part, List<RuleProblem> problems) {
        try {
            return loading.join();
        } catch (CompletionException x) {
            Throwable cause = x.getCause() == null ? x : x.getCause();
            if (cause instanceof RulesException r) {
                problems.addAll(r.problems());
            } else {
                problems.add(new RuleProblem(part.toString(), 0, 0, String.valueOf(cause.getMessage())));
            }
            return null;
        }
    }
}
