package org.dossier.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/**
 * Turns Drools build messages into {@link RuleProblem}s a person can act on: the column is taken
 * from the message text when Drools gives none ("Line 60:18 no viable alternative ..."), and the
 * follow-up "Parser returned a null Package" is dropped when the file has a real error already.
 */
final class RuleProblems {

    private static final Pattern LINE_COLUMN = Pattern.compile("\\bLine (\\d+):(\\d+)\\b");
    private static final String NULL_PACKAGE = "Parser returned a null Package";

    private RuleProblems() {
    }

    static List<RuleProblem> from(Path dir, List<Message> messages) {
        List<RuleProblem> all = new ArrayList<>();
        for (Message m : messages) {
            String text = m.getText().replace('\n', ' ').replaceAll("\\s+", " ").trim();
            int column = m.getColumn();
            Matcher lc = LINE_COLUMN.matcher(text);
            if (column <= 0 && lc.find() && Integer.parseInt(lc.group(1)) == m.getLine()) {
                column = Integer.parseInt(lc.group(2));
            }
            all.add(new RuleProblem(displayPath(dir, m.getPath()), m.getLine(), column, text));
        }
        List<RuleProblem> out = new ArrayList<>();
        for (RuleProblem p : all) {
            boolean followUp = p.message().contains(NULL_PACKAGE)
                    && all.stream().anyMatch(o -> o != p && o.file().equals(p.file()) && !o.message().contains(NULL_PACKAGE));
            if (!followUp) {
                out.add(p);
            }
        }
        return out;
    }

    static String displayPath(Path dir, String kiePath) {
        if (kiePath == null) {
            return dir.toString();
        }
        return dir.resolve(kiePath.replaceFirst("^src/main/resources/", "")).toString();
    }
}
