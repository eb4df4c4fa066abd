package org.dossier.dev;

import java.nio.file.Path;
import java.util.*;
import org.dossier.extract.ExtractionRules;
import org.dossier.extract.Extractor;
import org.dossier.ingest.ArticleSet;
import org.dossier.nlp.*;
import org.dossier.pipeline.FactsPipeline;

/** Dev only: median extraction time per article over cached annotations. Args: rulesDir runs inputDirs... */
public class DevExtractTime {
  public static void main(String[] a) throws Exception {
    Path rulesDir = Path.of(a[0]);
    int runs = Integer.parseInt(a[1]);
    List<Path> inputs = new ArrayList<>();
    for (int i = 2; i < a.length; i++) inputs.add(Path.of(a[i]));
    var set = ArticleSet.read(inputs);
    var annotated = new ArticleAnnotator(new AnnotationCache(FactsPipeline.cacheDir(Path.of("output"))), CoreNlpPipeline::shared).annotateAll(set.articles());
    var rules = ExtractionRules.load(rulesDir);
    double[] t = new double[runs];
    double[] cpu = new double[runs];
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    int facts = 0;
    for (int r = 0; r < runs + 10; r++) {
      long s = System.nanoTime(); long c = os.getProcessCpuTime();
      var res = new Extractor(rules).extract(annotated);
      facts = res.facts().size();
      if (r >= 10) { t[r - 10] = (System.nanoTime() - s) / 1e6 / annotated.size(); cpu[r - 10] = (os.getProcessCpuTime() - c) / 1e6 / annotated.size(); }
    }
    Arrays.sort(t); Arrays.sort(cpu);
    System.out.printf("extract ms/article median %.2f min %.2f; cpu ms/article median %.2f min %.2f (%d articles, %d facts)%n", t[runs / 2], t[0], cpu[runs / 2], cpu[0], annotated.size(), facts);
    // the same on one thread, timed by that thread's own CPU clock: JIT, GC and other processes'
    // load stay out of it, so A/B comparisons on a shared machine move less
    var threadClock = java.lang.management.ManagementFactory.getThreadMXBean();
    double[] one = new double[runs];
    double[] oneWall = new double[runs];
    for (int r = 0; r < runs + 5; r++) {
      long c = threadClock.getCurrentThreadCpuTime();
      long s = System.nanoTime();
      new Extractor(rules).onThreads(1).extract(annotated);
      if (r >= 5) { one[r - 5] = (threadClock.getCurrentThreadCpuTime() - c) / 1e6 / annotated.size(); oneWall[r - 5] = (System.nanoTime() - s) / 1e6 / annotated.size(); }
    }
    Arrays.sort(one); Arrays.sort(oneWall);
    System.out.printf("one thread: cpu ms/article median %.2f min %.2f; wall median %.2f%n", one[runs / 2], one[0], oneWall[runs / 2]);
    // interleaved: one round on every processor, one on one thread, so that warm-up favours neither
    double[] many = new double[runs];
    double[] single = new double[runs];
    for (int r = 0; r < runs; r++) {
      long s0 = System.nanoTime();
      new Extractor(rules).extract(annotated);
      many[r] = (System.nanoTime() - s0) / 1e6 / annotated.size();
      s0 = System.nanoTime();
      new Extractor(rules).onThreads(1).extract(annotated);
      single[r] = (System.nanoTime() - s0) / 1e6 / annotated.size();
    }
    Arrays.sort(many); Arrays.sort(single);
    System.out.printf("interleaved wall ms/article: all processors median %.2f, one thread median %.2f%n", many[runs / 2], single[runs / 2]);
  }
}
