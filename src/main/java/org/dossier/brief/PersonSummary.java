package org.dossier.brief;

import java.util.List;

/** Who the brief is about. */
public record PersonSummary(String id, String name, String nationality, List<String> aliases) {
}
