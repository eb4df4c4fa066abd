package org.dossier.server;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person id in a brief's address ({@code jan-novak.pdf}, {@code jan-novak.json}, or
 * {@code jan-novak} for the web page, whose extension is then {@code html}). Only lower-case letters, digits
 * and inner hyphens pass, so an id can never name another folder; the caller must still check
 * it against the known briefs before using it in a path.
 */
record BriefId(String id, String extension) {

    private static final Pattern FILE = Pattern.compile("([a-z0-9][a-z0-9-]*)(?:\\.(pdf|json))?");

    static Optional<BriefId> parse(String fileName) {
        if (fileName == null || fileName.length() > 200) {
            return Optional.empty();
        }
        Matcher m = FILE.matcher(fileName);
        return m.matches() ? Optional.of(new BriefId(m.group(1), m.group(2) == null ? "html" : m.group(2))) : Optional.empty();
    }
}
