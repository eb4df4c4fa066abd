package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of a rules folder in which only one rules file changed: a comment is appended to
 * the first {@code .drl} of {@code derive/} (or of any folder), the edit an analyst makes most.
 */
public final class RulesEdit {

    private RulesEdit() {
    }

    /** Copies {@code rules} into {@code target} and appends a comment to one DRL; returns that file. */
    public static Path copyWithComment(Path rules, Path target, String comment) throws IOException {
        org.dossier.io.Folders.copy(rules, target);
        List<Path> drls;
        try (Stream<Path> walk = Files.walk(target)) {
            drls = walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        if (drls.isEmpty()) {
            throw new IOException("no .drl file under " + rules);
        }
        Path edited = drls.stream().filter(p -> p.getParent().getFileName().toString().equals("derive"))
                .findFirst().orElse(drls.get(0));
        Files.writeString(edited, "\n// " + comment + "\n", StandardOpenOption.APPEND);
        return edited;
    }

    /** A trigger word the bench adds to {@code lexicon/triggers.csv} to time a preview of a lexicon edit. */
    public static final String TRIGGER = "comply with,conditions,regime";

    /** Copies {@code rules} into {@code target} and adds {@link #TRIGGER} to its triggers lexicon. */
    public static Path copyWithTrigger(Path rules, Path target) throws IOException {
        org.dossier.io.Folders.copy(rules, target);
        Path triggers = target.resolve("lexicon").resolve("triggers.csv");
        String text = Files.readString(triggers);
        Files.writeString(triggers, text + (text.endsWith("\n") ? "" : "\n") + TRIGGER + "\n");
        return triggers;
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
