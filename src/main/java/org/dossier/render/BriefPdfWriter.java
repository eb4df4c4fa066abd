package org.dossier.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.dossier.brief.Brief;
import org.dossier.io.AtomicFiles;

/** Writes each brief to {@code <output>/<person-id>.pdf}, whole or not at all, and only when it changed. */
public final class BriefPdfWriter {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Path outputDir;
    private final BriefRenderer renderer;

    public BriefPdfWriter(Path outputDir, BriefRenderer renderer) {
        this.outputDir = outputDir;
        this.renderer = renderer;
    }

    /** The file a brief goes to; a person id that is not a plain file name is refused. */
    public Path pathFor(Brief brief) {
        String id = brief.person() == null ? null : brief.person().id();
        if (id == null || !SAFE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("person id is not usable as a file name: " + id);
        }
        return outputDir.resolve(id + ".pdf");
    }

    /** Renders and writes the brief; false when the file already held exactly these bytes. */
    public boolean write(Brief brief) throws IOException {
        Path target = pathFor(brief);
        return AtomicFiles.writeIfChanged(target, renderer.render(brief));
    }
}
