package org.dossier.pipeline;

import java.util.List;
import org.dossier.brief.Brief;

/** Small operations on brief models. */
final class Briefs {

    private Briefs() {
    }

    static Brief withChanges(Brief b, List<String> changes) {
        return new Brief(b.schema(), b.person(), b.asOf(), b.status(), b.currentPlace(), b.custodyHistory(),
                b.custodyEvents(), b.legalHistory(), b.sentence(), b.diplomaticActions(), b.lastConsularVisit(),
                b.outstandingRequests(), b.closedRequests(), b.health(), b.conditions(), b.contact(),
                b.conflicts(), b.inferredDates(), b.alerts(), b.sources(), changes, b.caseStatus(), b.counters());
    }
}
