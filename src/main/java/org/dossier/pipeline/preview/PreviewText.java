package org.dossier.pipeline.preview;

import java.io.PrintStream;
import org.dossier.brief.cases.CaseResult;
import org.dossier.pipeline.preview.BriefDifference.FactLine;
import org.dossier.pipeline.preview.BriefDifference.ValueChange;
import org.dossier.rules.RuleProblem;

/** The preview report as {@code dossier rules preview} prints it: problems on stderr, the rest on stdout. */
public final class PreviewText {

    private PreviewText() {
    }

    public static void print(PreviewReport r, String candidate, PrintStream out, PrintStream err) {
        if (!r.compiles()) {
            r.problems().stream().map(RuleProblem::toString).forEach(err::println);
            err.println(r.problems().size() + (r.problems().size() == 1 ? " error" : " errors") + " in " + candidate
                    + "; nothing was compared");
            return;
        }
        for (CaseResult c : r.examples()) {
            if (!c.passed()) {
                out.println("FAIL  example " + c.name() + "  (" + c.file() + ")");
                c.failures().forEach(f -> out.println("      " + f));
            }
        }
        out.println("examples: " + (r.examples().size() - r.examplesFailed()) + " passed, " + r.examplesFailed()
                + " failed");
        if (r.runError() != null) {
            err.println("the candidate rules failed while running: " + r.runError());
            return;
        }
        if (!r.notAnnotated().isEmpty()) {
            err.println("not compared (never annotated; run ./dossier generate first): "
                    + String.join(", ", r.notAnnotated()));
        }
        for (BriefDifference d : r.differences()) {
            out.println();
            out.println(d.name() + " (" + d.person() + ")" + switch (d.change()) {
                case "new" -> ": a new brief";
                case "gone" -> ": no brief any more";
                default -> "";
            });
            d.factsAdded().forEach(f -> out.println("  + fact " + fact(f)));
            d.factsRemoved().forEach(f -> out.println("  - fact " + fact(f)));
            d.quotesAdded().forEach(f -> out.println("  + quote for fact " + fact(f)));
            d.quotesRemoved().forEach(f -> out.println("  - quote for fact " + fact(f)));
            value(out, "status", d.status());
            value(out, "place", d.place());
            d.requestsAdded().forEach(x -> out.println("  + request " + x));
            d.requestsRemoved().forEach(x -> out.println("  - request " + x));
            d.alertsAdded().forEach(x -> out.println("  + alert " + x));
            d.alertsRemoved().forEach(x -> out.println("  - alert " + x));
            if (!d.sections().isEmpty()) {
                out.println("  also changes: " + String.join(", ", d.sections()));
            }
        }
        out.println();
        out.printf("%s (%d %s from the annotation cache, %.1f s)%n", r.countLine(), r.articles(),
                r.articles() == 1 ? "article" : "articles", r.seconds());
    }

    static String fact(FactLine f) {
        return f.summary() + (f.quote() == null ? "" : "\n      \u201c" + f.quote().strip() + "\u201d (" + f.article() + ", sentence "
                + f.sentenceNumber() + ")");
    }

    private static void value(PrintStream out, String name, ValueChange v) {
        if (v != null) {
            out.println("  " + name + ": " + (v.before() == null ? "none" : v.before()) + " -> "
                    + (v.after() == null ? "none" : v.after()));
        }
    }
}
