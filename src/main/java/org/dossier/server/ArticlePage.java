package org.dossier.server;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.dossier.facts.ArticleInfo;
import org.dossier.facts.Evidence;
import org.dossier.facts.Fact;
import org.dossier.facts.Person;

/**
 * {@code GET /articles/{id}}: where a brief's source link leads. The article's outlet, date and
 * headline, then every sentence of it that a fact quotes, in order, each with the anchor
 * {@code #s{n}} (n counted from 0, as the briefs count) and the people and facts it supports;
 * the sentence linked to is highlighted. All from the facts of the last complete regeneration.
 */
final class ArticlePage {

    private static final Template TEMPLATE = compile("article.html.mustache");

    record View(String id, String headline, String outlet, String date, boolean dateInferred, String dateline,
                String dateNote, String sameStoryAs, List<Line> sentences) {
    }

    /** One quoted sentence and what was read from it. */
    record Line(int index, String quote, List<Told> told) {
    }

    /** A fact a sentence supports: whose, what, and the brief it is in when there is one. */
    record Told(String person, String name, String what, boolean brief) {
    }

    private ArticlePage() {
    }

    /** Where a sentence of an article is shown. */
    static String href(String articleId, int sentence) {
        return "/articles/" + CaseloadRoutes.encode(articleId) + "#s" + sentence;
    }

    /** The page, or empty when the facts name no article with this id. */
    static Optional<String> render(Snapshot snapshot, String id) {
        Optional<ArticleInfo> info = snapshot.facts().articles().stream().filter(a -> a.id().equals(id)).findFirst();
        if (info.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> names = new java.util.HashMap<>();
        snapshot.facts().people().forEach((Person p) -> names.put(p.id(), p.name()));
        Map<Integer, String> quotes = new TreeMap<>();
        Map<Integer, List<Told>> told = new TreeMap<>();
        for (Fact f : snapshot.facts().facts()) {
            for (Evidence e : f.evidence()) {
                if (id.equals(e.article())) {
                    quotes.putIfAbsent(e.sentence(), e.quote());
                    Told t = new Told(f.person(), names.getOrDefault(f.person(), f.person()),
                            f.kind() == null ? f.type() : f.kind().replace('_', ' '), snapshot.hasBrief(f.person()));
                    List<Told> list = told.computeIfAbsent(e.sentence(), k -> new ArrayList<>());
                    if (!list.contains(t)) {
                        list.add(t);
                    }
                }
            }
        }
        List<Line> lines = quotes.entrySet().stream()
                .map(q -> new Line(q.getKey(), Objects.toString(q.getValue(), ""), told.get(q.getKey()))).toList();
        ArticleInfo a = info.get();
        return Optional.of(TEMPLATE.execute(new View(a.id(), a.headline(), a.outlet(), a.date(), a.dateInferred(),
                a.dateline(), a.dateNote(), a.sameStoryAs(), lines)));
    }

    static String notFound(String id) {
        return TEMPLATE.execute(Map.of("missing", id));
    }

    private static Template compile(String name) {
        // defaultValue: the page for a missing article has none of an article's fields
        Mustache.Compiler compiler = Mustache.compiler().defaultValue("").emptyStringIsFalse(true);
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(ArticlePage.class.getResourceAsStream(name), name), StandardCharsets.UTF_8)) {
            return compiler.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
