package org.dossier.brief.derive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.dossier.facts.Fact;
import org.kie.api.definition.type.ClassReactive;

/** The sentence summary the rules build up: the terms imposed, whether they run concurrently, penalties. */
@ClassReactive
public class Sentencing {

    private final List<Fact> sentences = new ArrayList<>();
    private final List<String> penalties = new ArrayList<>();
    private boolean concurrent;

    public List<Fact> getSentences() {
        return List.copyOf(sentences);
    }

    public boolean has(Fact fact) {
        return Reports.contains(sentences, fact);
    }

    public void add(Fact sentence) {
        if (!has(sentence)) {
            sentences.add(sentence);
        }
    }

    /** Each distinct term imposed, in the order first reported. */
    public List<String> getTerms() {
        return List.copyOf(new LinkedHashSet<>(sentences.stream().map(Fact::term).filter(Objects::nonNull).toList()));
    }

    public String getLongestTerm() {
        return Terms.longest(getTerms());
    }

    public String getTotalTerm() {
        return Terms.total(getTerms());
    }

    public boolean isConcurrent() {
        return concurrent;
    }

    public void setConcurrent(boolean concurrent) {
        this.concurrent = concurrent;
    }

    public List<String> getPenalties() {
        return List.copyOf(penalties);
    }

    public boolean hasPenalty(String penalty) {
        return penalties.contains(penalty);
    }

    public void addPenalty(String penalty) {
        if (penalty != null && !penalties.contains(penalty)) {
            penalties.add(penalty);
        }
    }
}
