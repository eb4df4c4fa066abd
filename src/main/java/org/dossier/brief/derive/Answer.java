package org.dossier.brief.derive;

import org.dossier.facts.Fact;

/**
 * What closes a request: a fact that grants, refuses or withdraws it, or an event that fulfils it.
 *
 * @param status granted, refused, withdrawn, or lapsed (moot once the person is freed)
 */
public record Answer(Request request, Fact answer, String status) {
}
