package org.dossier.brief;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.facts.ArticleInfo;
import org.dossier.facts.Evidence;
import org.dossier.facts.Fact;

/**
 * Numbers each distinct piece of evidence (article, sentence) in the order the brief first cites
 * it, and turns an item's fact ids into the numbers it cites.
 */
final class SourceIndex {

    private record Key(String article, int sentence) {
    }

    private final Map<String, Fact> facts;
    private final Map<String, ArticleInfo> articles;
    private final Map<Key, Source> sources = new LinkedHashMap<>();

    SourceIndex(Map<String, Fact> facts, Map<String, ArticleInfo> articles) {
        this.facts = facts;
        this.articles = articles;
    }

    /** The source numbers of every piece of evidence of these facts, numbering new ones. */
    List<Integer> cite(Collection<String> factIds) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String id : factIds) {
            Fact f = facts.get(id);
            if (f == null || f.evidence() == null) {
                continue;
            }
            for (Evidence e : f.evidence()) {
                out.add(number(e));
            }
        }
        return List.copyOf(out);
    }

    private int number(Evidence e) {
        Key key = new Key(e.article(), e.sentence());
        Source s = sources.get(key);
        if (s == null) {
            ArticleInfo a = articles.get(e.article());
            s = new Source(sources.size() + 1, e.article(), a == null ? null : a.outlet(),
                    a == null ? null : a.date(), e.sentence(), e.quote());
            sources.put(key, s);
        }
        return s.number();
    }

    List<Source> all() {
        return new ArrayList<>(sources.values());
    }
}
