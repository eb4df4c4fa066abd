package org.dossier.brief;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.brief.derive.Chronology;
import org.dossier.brief.derive.Dates;
import org.dossier.brief.derive.KindOrder;
import org.dossier.facts.Fact;

/**
 * Puts the items of a section in time order when dates have different precisions. A vague
 * date ("2014") is placed no earlier than the precise dates within it of steps that must come
 * before it ({@link KindOrder}: the arrest "2014-07-05" before the transfer "2014"); otherwise at
 * the start of its period. Undated items come last. Each item gets one sort key, so the order is
 * total and stable.
 */
final class Timeline {

    private record Key(LocalDate when, int step, int precision, String id) {
    }

    private static final Comparator<Key> KEYS = Comparator
            .comparing(Key::when, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparingInt(Key::step)
            .thenComparing(Comparator.comparingInt(Key::precision).reversed())
            .thenComparing(Key::id, Chronology::compareIds);

    private Timeline() {
    }

    /** The items in time order, each placed by the fact {@code factOf} gives. */
    static <T> List<T> order(List<T> items, Function<T, Fact> factOf) {
        List<Fact> facts = items.stream().map(factOf).toList();
        Map<T, Key> keys = items.stream().collect(Collectors.toMap(i -> i, i -> key(factOf.apply(i), facts),
                (a, b) -> a, java.util.IdentityHashMap::new));
        return items.stream().sorted(Comparator.comparing(keys::get, KEYS)).toList();
    }

    private static Key key(Fact f, List<Fact> all) {
        int step = KindOrder.step(f.type(), f.kind());
        int precision = Dates.precision(f.date());
        LocalDate when = Dates.start(f.date());
        if (when != null) {
            for (Fact other : all) {
                LocalDate start = Dates.start(other.date());
                if (start != null && Dates.precision(other.date()) > precision && Dates.agree(other.date(), f.date())
                        && KindOrder.step(other.type(), other.kind()) < step && start.isAfter(when)) {
                    when = start;
                }
            }
        }
        return new Key(when, step, precision, f.id() == null ? "" : f.id());
    }
}
