package org.dossier.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.io.Json;

/**
 * {@code output/manifest.json}: for each brief, the hashes of what it was made from (its
 * articles' texts, the rules, the template), so that a regeneration renders only the briefs
 * whose inputs changed.
 */
public record Manifest(String rules, String template, Map<String, Entry> briefs) {

    public static final String FILE = "manifest.json";

    /**
     * One brief's inputs: its articles, the combined hash of everything it depends on, and the
     * hash of the brief model its PDF was rendered from.
     */
    public record Entry(String articles, String inputs, String brief) {
    }

    public static Manifest read(Path outputDir) {
        Path file = outputDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new Manifest(null, null, new TreeMap<>());
        }
        try {
            Manifest m = Json.read(file, Manifest.class);
            return new Manifest(m.rules(), m.template(), new TreeMap<>(m.briefs() == null ? Map.of() : m.briefs()));
        } catch (IOException e) {
            return new Manifest(null, null, new TreeMap<>()); // unreadable: everything is re-rendered
        }
    }

    public void write(Path outputDir) throws IOException {
        Json.write(outputDir.resolve(FILE), this);
    }

    /**
     * True when the PDF need not be rendered again: the template is the same and the brief model
     * is byte for byte the one already rendered. Changed inputs (an article, a rules edit) re-render
     * a brief only when they change what it says.
     */
    public boolean unchanged(String personId, String brief, String template) {
        Entry e = briefs.get(personId);
        return e != null && template.equals(this.template) && brief.equals(e.brief());
    }
}
