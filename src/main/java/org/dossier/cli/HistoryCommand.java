package org.dossier.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.history.BriefHistory;
import org.dossier.history.Version;
import org.dossier.pipeline.BriefChanges;
import org.dossier.pipeline.BriefComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier history ID}: the versions of a person's brief, or what differs between two of them. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List the kept versions of a person's brief (number, time, status, place, what changed), "
                + "or compare two of them.")
public class HistoryCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "The person's id, as in the brief's file name (jan-novak).")
    String id;

    @Option(names = "--compare", arity = "2", paramLabel = "N",
            description = "Compare version N with version M: facts added and removed, status, place and request "
                    + "changes, new and cleared alerts.")
    List<Integer> compare;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "Output folder holding history/ (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() throws IOException {
        BriefHistory history = new BriefHistory(output);
        List<Version> versions = history.versions(id);
        if (versions.isEmpty()) {
            List<String> people = history.people();
            System.err.println("error: no history for \"" + id + "\" in " + output.resolve(BriefHistory.FOLDER)
                    + (people.isEmpty() ? " (run dossier generate first)" : "; people with a history: "
                    + String.join(", ", people)));
            return 2;
        }
        if (compare == null) {
            list(versions, System.out);
            return 0;
        }
        Optional<Version> from = find(versions, compare.get(0));
        Optional<Version> to = find(versions, compare.get(1));
        if (from.isEmpty() || to.isEmpty()) {
            return 2;
        }
        BriefComparison c = BriefChanges.compare(history.stored(id, from.get()).brief(),
                history.stored(id, to.get()).brief());
        System.out.println(id + ": version " + label(from.get()) + " -> version " + label(to.get()));
        print(c, System.out);
        return 0;
    }

    private Optional<Version> find(List<Version> versions, int number) {
        Optional<Version> v = versions.stream().filter(x -> x.number() == number).findFirst();
        if (v.isEmpty()) {
            System.err.println("error: " + id + " has no version " + number + "; its versions are 1 to "
                    + versions.get(versions.size() - 1).number());
        }
        return v;
    }

    private void list(List<Version> versions, PrintStream out) {
        out.println(id + ": " + versions.size() + (versions.size() == 1 ? " version" : " versions") + " in "
                + output.resolve(BriefHistory.FOLDER).resolve(id));
        for (Version v : versions) {
            out.printf("%4d  %s  as of %s  %s%s  %s%n", v.number(), v.madeAt(), dash(v.asOf()), dash(v.status()),
                    v.caseStatus() == null ? "" : " (" + v.caseStatus().replace('_', ' ') + ")", dash(v.place()));
            v.changes().forEach(c -> out.println("        " + c));
        }
    }

    private static String label(Version v) {
        return v.number() + " (" + v.madeAt() + ", as of " + dash(v.asOf()) + ")";
    }

    /** The comparison as plain text, one change a line. */
    static void print(BriefComparison c, PrintStream out) {
        if (c.isEmpty()) {
            out.println("no differences");
            return;
        }
        change(out, "status", c.status());
        change(out, "case status", c.caseStatus());
        change(out, "place", c.place());
        section(out, "facts added", c.added().stream().map(i -> "+ " + i.section() + ": " + i.text()).toList());
        section(out, "facts removed", c.removed().stream().map(i -> "- " + i.section() + ": " + i.text()).toList());
        section(out, "requests", c.requests().stream().map(r -> "* " + r.describe()).toList());
        section(out, "new alerts", c.newAlerts().stream().map(a -> "+ [" + a.severity() + "] " + a.message()).toList());
        section(out, "cleared alerts", c.clearedAlerts().stream()
                .map(a -> "- [" + a.severity() + "] " + a.message()).toList());
    }

    private static void change(PrintStream out, String what, BriefComparison.Change c) {
        if (c.changed()) {
            out.println(what + ": " + dash(c.before()) + " -> " + dash(c.after()));
        }
    }

    private static void section(PrintStream out, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            out.println(title + " (" + lines.size() + "):");
            lines.forEach(l -> out.println("  " + l));
        }
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }
}
