package org.dossier.dev;

import java.nio.file.*;
import java.util.*;
import org.dossier.io.Json;
import org.dossier.pipeline.*;

public class DevExtract {
  public static void main(String[] a) throws Exception {
    var p = FactsPipeline.create(Path.of("rules"), Path.of("/tmp/devout"));
    long t = System.nanoTime();
    var run = p.run(List.of(Path.of("/work/shared/seeds"), Path.of("/work/shared/corpus/articles")));
    System.out.println("run ms " + (System.nanoTime()-t)/1e6 + " annotated " + run.annotated() + " tokens " + run.tokens() + " s " + run.annotateSeconds());
    run.errors().forEach(System.out::println);
    Json.write(Path.of("/tmp/facts.json"), run.document());
    run.document().people().forEach(x -> System.out.println("P " + x.id() + " " + x.roles()));
  }
}
