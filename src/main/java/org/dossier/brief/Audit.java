package org.dossier.brief;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.dossier.brief.derive.Background;
import org.dossier.facts.Fact;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * The audit trail of one derivation: for every object a rule inserted or changed, the names of
 * those rules and the ids of the facts they matched or bound (directly, in collections such as an
 * accumulate's result, or through other derived objects
 * that are not {@link Background}).
 * Register it as both an agenda and a rule-runtime listener.
 */
final class Audit extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    /** The rules and facts behind one derived object. */
    record Trail(Set<String> rules, Set<String> facts) {
    }

    private final Map<Object, Trail> trails = new IdentityHashMap<>();
    private Match current;

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        current = event.getMatch();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        current = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null) {
            record(event.getObject(), event.getRule().getName());
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        if (event.getRule() != null) {
            record(event.getObject(), event.getRule().getName());
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // a deleted object is not in the brief
    }

    /** The trail of a derived object; empty when no rule made it. */
    Trail trail(Object derived) {
        Trail t = trails.get(derived);
        return t != null ? t : new Trail(Set.of(), Set.of());
    }

    private void record(Object derived, String rule) {
        Trail t = trails.computeIfAbsent(derived, o -> new Trail(new LinkedHashSet<>(), new LinkedHashSet<>()));
        t.rules().add(rule);
        if (current != null) {
            for (Object used : current.getObjects()) {
                collectFacts(used, derived, t.facts());
            }
            for (String name : current.getDeclarationIds()) {
                collectFacts(current.getDeclarationValue(name), derived, t.facts());
            }
        }
    }

    private void collectFacts(Object used, Object derived, Set<String> into) {
        if (used == null || used == derived) {
            return;
        }
        if (used instanceof Fact f && f.id() != null) {
            into.add(f.id());
        } else if (used instanceof Collection<?> many) {
            many.forEach(u -> collectFacts(u, derived, into));
        } else if (trails.containsKey(used) && !(used instanceof Background)) {
            into.addAll(trails.get(used).facts());
        }
    }
}
