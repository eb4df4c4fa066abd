package org.dossier.render;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the test briefs to /tmp for looking at them: not a test. */
public final class RenderSample {
    public static void main(String[] args) throws Exception {
        BriefRenderer renderer = new BriefRenderer();
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/briefs");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("rich.xhtml"), renderer.html(TestBriefs.rich()));
        Files.write(dir.resolve("rich.pdf"), renderer.render(TestBriefs.rich()));
        Files.write(dir.resolve("sparse.pdf"), renderer.render(TestBriefs.sparse()));
    }
}
