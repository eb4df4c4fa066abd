package org.dossier.render;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dossier.brief.Source;

/** Turns an item's source numbers into a citation; numbers missing from the sources list stay unlinked. */
final class Citations {

    private final Set<Integer> known;

    Citations(List<Source> sources) {
        this.known = sources == null ? Set.of()
                : sources.stream().map(Source::number).collect(Collectors.toUnmodifiableSet());
    }

    BriefView.Cite of(List<Integer> numbers) {
        return of(numbers, 0);
    }

    /** A citation that also says how many outlets report the item, when more than one does. */
    BriefView.Cite of(List<Integer> numbers, int outlets) {
        List<BriefView.Ref> refs = numbers == null ? List.of()
                : new TreeSet<>(numbers).stream().map(n -> new BriefView.Ref(n, known.contains(n))).toList();
        String corroboration = outlets > 1 ? outlets + " outlets" : null;
        if (refs.isEmpty() && corroboration == null) {
            return null;
        }
        return new BriefView.Cite(refs, corroboration);
    }
}
