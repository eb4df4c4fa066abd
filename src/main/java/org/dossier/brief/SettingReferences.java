package org.dossier.brief;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.rules.RuleProblem;

/**
 * Finds rules that read a setting missing from their folder's {@code settings.properties}: such a
 * rule compiles but never fires, which is easy to miss after renaming or forgetting a setting.
 */
public final class SettingReferences {

    private static final Pattern REFERENCE = Pattern.compile("Setting\\s*\\(\\s*name\\s*==\\s*\"([^\"]+)\"");

    private SettingReferences() {
    }

    /** One problem per reference to a setting the folder's settings file does not define. */
    public static List<RuleProblem> check(Path book) throws IOException {
        Path file = book.resolve(Settings.FILE);
        Settings settings = Settings.load(file);
        List<RuleProblem> out = new ArrayList<>();
        List<Path> drls;
        try (Stream<Path> s = Files.walk(book)) {
            drls = s.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        for (Path drl : drls) {
            List<String> lines = Files.readAllLines(drl);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = REFERENCE.matcher(lines.get(i));
                while (m.find()) {
                    if (settings.get(m.group(1)) == null) {
                        out.add(new RuleProblem(drl.toString(), i + 1, m.start(1) + 1,
                                "setting \"" + m.group(1) + "\" is not in " + file + ": the rule can never fire"));
                    }
                }
            }
        }
        return out;
    }
}
