package org.dossier.rules;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Bounds every run of rules: a rule whose action re-triggers itself would otherwise run until
 * memory is gone. A run stops after {@code dossier.rules.maxFirings} firings (default 50,000)
 * or {@code dossier.rules.maxSeconds} seconds (default 10), and fails with the rule that fired
 * most, its file, and the article or person the rules were working on. A run that settles fires
 * far fewer: at most 107 for an article and 150 for a person across corpus, seeds and realdev
 * (session 26), in milliseconds. A rule that loops by retracting and inserting events fires slowly
 * (about a hundred times a second), so time, not the count, is what stops it.
 */
final class FiringLimits {

    private static final int MAX_FIRINGS = Integer.getInteger("dossier.rules.maxFirings", 50_000);
    private static final Duration MAX_TIME = Duration.ofSeconds(Long.getLong("dossier.rules.maxSeconds", 10));
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rules-time-limit");
        t.setDaemon(true);
        return t;
    });

    private FiringLimits() {
    }

    /** Firings counted, once a run has not settled, to find the rule that keeps firing. */
    private static final int DIAGNOSIS_FIRINGS = 10_000;
    private static final Duration DIAGNOSIS_TIME = Duration.ofSeconds(5);

    /**
     * Fires the session's rules within the limits; {@code subject} names what they work on ("article X").
     * Firings are counted only once a run has not settled: a listener on every run made Drools
     * report every match made and cancelled, which cost about as much as some rules.
     */
    static int fire(KieSession session, Path dir, String subject) {
        AtomicBoolean outOfTime = new AtomicBoolean();
        int fired = fireWithin(session, MAX_FIRINGS, MAX_TIME, outOfTime);
        if (fired >= MAX_FIRINGS || outOfTime.get()) {
            String limit = outOfTime.get() ? MAX_TIME.toSeconds() + " s" : MAX_FIRINGS + " firings";
            // a rule that does not settle goes on firing: the one that fires most from here names it
            Counter counter = new Counter();
            session.addEventListener(counter);
            try {
                fireWithin(session, DIAGNOSIS_FIRINGS, DIAGNOSIS_TIME, new AtomicBoolean());
            } finally {
                session.removeEventListener(counter);
            }
            throw new RuleRunException(counter.busiest(dir) + " for " + subject + ": the rules did not settle within "
                    + limit + "; a rule probably changes what it matches (guard it with a condition)");
        }
        return fired;
    }

    private static int fireWithin(KieSession session, int firings, Duration time, AtomicBoolean outOfTime) {
        ScheduledFuture<?> watch = WATCHDOG.schedule(() -> {
            outOfTime.set(true);
            session.halt();
        }, time.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return session.fireAllRules(firings);
        } finally {
            watch.cancel(false);
        }
    }

    /** How often each rule fired. */
    private static final class Counter extends DefaultAgendaEventListener {
        private final Map<Rule, Integer> firings = new HashMap<>();

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            firings.merge(event.getMatch().getRule(), 1, Integer::sum);
        }

        String busiest(Path dir) {
            return firings.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(e -> file(e.getKey(), dir) + ": rule \"" + e.getKey().getName() + "\" fired " + e.getValue() + " times")
                    .orElse(dir + ": no rule fired");
        }

        private static String file(Rule rule, Path dir) {
            if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
                String virtual = impl.getResource().getSourcePath();
                return dir.resolve(virtual.replaceFirst("^src/main/resources/", "")).toString();
            }
            return dir.toString();
        }
    }
}
