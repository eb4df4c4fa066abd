package org.dossier.extract;

import java.util.AbstractList;
import java.util.List;

/**
 * The label column names of one lexicon file ({@code type, kind}), with the position of each name
 * the rules read through {@link PhraseMatch}'s getters found once: rules call those getters for
 * every fact at every condition that tests them, and searching the names each time was a
 * noticeable part of running the extraction rules.
 */
final class LexiconColumns extends AbstractList<String> {

    private final List<String> names;
    final int type;
    final int kind;
    final int meaning;
    final int family;
    final int role;
    final int setting;

    LexiconColumns(List<String> names) {
        this.names = List.copyOf(names);
        this.type = this.names.indexOf("type");
        this.kind = this.names.indexOf("kind");
        this.meaning = this.names.indexOf("meaning");
        this.family = this.names.indexOf("family");
        this.role = this.names.indexOf("role");
        this.setting = this.names.indexOf("setting");
    }

    @Override
    public String get(int index) {
        return names.get(index);
    }

    @Override
    public int size() {
        return names.size();
    }
}
