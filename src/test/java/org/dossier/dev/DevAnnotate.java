package org.dossier.dev;

import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import org.dossier.ingest.Article;
import org.dossier.nlp.*;
import org.dossier.io.Json;

/** Scratch: annotate all articles, dump readable token tables. Not committed. */
public class DevAnnotate {
  public static void main(String[] a) throws Exception {
    List<Path> files = new ArrayList<>();
    for (String d : List.of("/work/shared/seeds", "/work/shared/corpus/articles"))
      try (var s = Files.list(Path.of(d))) { s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add); }
    long t0 = System.nanoTime();
    CoreNlpPipeline[] holder = new CoreNlpPipeline[1];
    ArticleAnnotator ann = new ArticleAnnotator(new AnnotationCache(Path.of("/tmp/devcache")), () -> { long l=System.nanoTime(); var p = new CoreNlpPipeline(); System.out.println("load s " + (System.nanoTime()-l)/1e9); return p; });
    Files.createDirectories(Path.of("/tmp/ann"));
    long toks = 0; long tAnn = 0;
    for (Path f : files) {
      String id = f.getFileName().toString().replace(".txt", "");
      var gold = Json.MAPPER.readTree(Path.of("/work/shared/corpus/gold/" + id + ".json").toFile());
      LocalDate date = gold.get("date").isNull() ? null : LocalDate.parse(gold.get("date").asText());
      String text = Files.readString(f);
      Article art = new Article(id, text, date, false, null, null, null, null, f);
      long s = System.nanoTime();
      AnnotatedArticle aa = ann.annotate(art);
      tAnn += System.nanoTime() - s;
      StringBuilder sb = new StringBuilder();
      for (Sentence se : aa.sentences()) {
        sb.append("## S").append(se.index()).append(": ").append(se.text()).append('\n');
        for (Token t : se.tokens()) { toks++;
          sb.append(t.index()).append('\t').append(t.word()).append('\t').append(t.lemma()).append('\t').append(t.pos()).append('\t').append(t.ner()).append(t.normalized()==null?"":"\t"+t.normalized()).append('\n'); }
        for (Dependency d : se.dependencies()) sb.append("  ").append(d.relation()).append('(').append(d.governor()).append(',').append(d.dependent()).append(")");
        sb.append('\n');
      }
      Files.writeString(Path.of("/tmp/ann/" + id + ".txt"), sb);
    }
    System.out.println("tokens " + toks + " annotate s " + tAnn/1e9 + " tok/s " + toks/(tAnn/1e9) + " total s " + (System.nanoTime()-t0)/1e9);
  }
}
