package org.dossier.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.dossier.extract.Extractor;
import org.dossier.ingest.Article;
import org.dossier.ingest.IngestError;
import org.dossier.nlp.AnnotatedArticle;
import org.dossier.pipeline.FactsPipeline;
import org.dossier.pipeline.FactsRun;
import org.dossier.rules.RuleProblem;
import org.dossier.rules.RulesException;

/** What the commands share: running the facts flow and reporting on it in one voice. */
final class Runs {

    private Runs() {
    }

    /** Runs articles to facts; returns null (after printing why) when the inputs or the rules are not usable. */
    static FactsRun facts(CommonOptions common, Extractor.Explainer explainer) throws IOException {
        if (!common.inputsUsable()) {
            return null;
        }
        FactsPipeline pipeline;
        try {
            pipeline = FactsPipeline.create(common.rules(), common.output());
        } catch (RulesException e) {
            printProblems(e);
            return null;
        }
        if (explainer != null) {
            pipeline.explainingWith(explainer);
        }
        FactsRun run = pipeline.run(common.inputs());
        printErrorsAndNotes(run);
        return run;
    }

    /** The articles that could not be read (errors), and what to know of those that were (notes), on stderr. */
    static void printErrorsAndNotes(FactsRun run) {
        for (IngestError error : run.errors()) {
            System.err.println("error: " + error.message());
        }
        for (AnnotatedArticle annotated : run.articles()) {
            Article a = annotated.article();
            if (a.dateNote() != null) {
                System.err.println("note: " + a.source() + ": " + a.dateNote());
            }
            if (a.sameStoryAs() != null) {
                System.err.println("note: " + a.source() + ": the same story as " + a.sameStoryAs()
                        + " (republished); its outlets count as one report");
            }
        }
    }

    static void printProblems(RulesException e) {
        for (RuleProblem p : e.problems()) {
            System.err.println(p);
        }
        System.err.println("rules do not compile; nothing was written");
    }

    static void report(FactsRun run, Path factsFile) {
        System.out.printf("%d articles (%d annotated, %d from cache), %d people, %d facts -> %s%n",
                run.articles().size(), run.annotated(), run.cached(), run.document().people().size(),
                run.document().facts().size(), factsFile);
        if (run.annotated() > 0 && run.annotateSeconds() > 0) {
            System.out.printf("annotation: %d tokens in %.1f s%n", run.tokens(), run.annotateSeconds());
        }
    }
}
