package org.dossier.facts;

import java.util.List;

/** The whole dossier-facts/1 document for a corpus: articles, people and facts. */
public record FactsDocument(String schema, List<ArticleInfo> articles, List<Person> people,
                            List<Fact> facts) {

    public static final String SCHEMA = "dossier-facts/1";

    public FactsDocument(List<ArticleInfo> articles, List<Person> people, List<Fact> facts) {
        this(SCHEMA, articles, people, facts);
    }
}
