package org.dossier.dev;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dossier.extract.ExtractionRules;
import org.dossier.extract.Extractor;
import org.dossier.ingest.ArticleSet;
import org.dossier.nlp.AnnotatedArticle;
import org.dossier.nlp.AnnotationCache;
import org.dossier.nlp.ArticleAnnotator;
import org.dossier.nlp.CoreNlpPipeline;

/**
 * Dev only: extraction time of two builds of the project (each a folder with target/classes and
 * rules/) in one JVM, one pass of A and one of B in turn, so that both see the same load on a
 * shared machine; prints each one's median and the B/A ratio pair by pair. Cached annotations
 * come from ./output. Args: dirA dirB rounds classpathFile inputDirs...
 * (classpathFile: written by {@code mvn dependency:build-classpath -Dmdep.outputFile=...}).
 */
public class DevExtractAB {

    /** One build's extraction, loaded by that build's own class loader. */
    public static class Pass {
        private final List<AnnotatedArticle> articles;
        private final ExtractionRules rules;

        public Pass(String rulesDir, String[] inputs) throws Exception {
            List<Path> in = Arrays.stream(inputs).map(Path::of).toList();
            articles = new ArticleAnnotator(new AnnotationCache(org.dossier.pipeline.FactsPipeline.cacheDir(Path.of("output"))),
                    CoreNlpPipeline::shared).annotateAll(ArticleSet.read(in).articles());
            rules = ExtractionRules.load(Path.of(rulesDir));
        }

        /** CPU nanoseconds of this thread for one pass on one thread. */
        public long oneThreadCpu() {
            var clock = java.lang.management.ManagementFactory.getThreadMXBean();
            long start = clock.getCurrentThreadCpuTime();
            new Extractor(rules).onThreads(1).extract(articles);
            return clock.getCurrentThreadCpuTime() - start;
        }

        /** Wall nanoseconds for one pass on all processors. */
        public long wall() {
            long start = System.nanoTime();
            new Extractor(rules).extract(articles);
            return System.nanoTime() - start;
        }

        public int size() {
            return articles.size();
        }
    }

    public static void main(String[] a) throws Exception {
        int rounds = Integer.parseInt(a[2]);
        String[] deps = Files.readString(Path.of(a[3])).trim().split(":");
        String[] inputs = Arrays.copyOfRange(a, 4, a.length);
        URL self = DevExtractAB.class.getProtectionDomain().getCodeSource().getLocation();
        ClassLoader[] loaders = new ClassLoader[2];
        Object[] passes = new Object[2];
        Method[] cpu = new Method[2];
        Method[] wall = new Method[2];
        for (int v = 0; v < 2; v++) {
            List<URL> urls = new ArrayList<>(List.of(Path.of(a[v], "target/classes").toUri().toURL(), self));
            for (String jar : deps) {
                urls.add(Path.of(jar).toUri().toURL());
            }
            loaders[v] = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(loaders[v]); // Drools finds its services through it
            Class<?> pass = loaders[v].loadClass(Pass.class.getName());
            passes[v] = pass.getConstructor(String.class, String[].class).newInstance(a[v] + "/rules", inputs);
            cpu[v] = pass.getMethod("oneThreadCpu");
            wall[v] = pass.getMethod("wall");
        }
        int n = (Integer) passes[0].getClass().getMethod("size").invoke(passes[0]);
        double[][] cpuMs = new double[2][rounds];
        double[][] wallMs = new double[2][rounds];
        for (int r = -15; r < rounds; r++) { // 15 rounds to warm up
            for (int k = 0; k < 2; k++) {
                int v = (Math.abs(r) + k) % 2; // A first in one round, B first in the next
                Thread.currentThread().setContextClassLoader(loaders[v]);
                double c = (Long) cpu[v].invoke(passes[v]) / 1e6 / n;
                double w = (Long) wall[v].invoke(passes[v]) / 1e6 / n;
                if (r >= 0) {
                    cpuMs[v][r] = c;
                    wallMs[v][r] = w;
                }
            }
        }
        double[] cpuRatio = new double[rounds];
        double[] wallRatio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            cpuRatio[r] = cpuMs[1][r] / cpuMs[0][r];
            wallRatio[r] = wallMs[1][r] / wallMs[0][r];
        }
        for (int v = 0; v < 2; v++) {
            System.out.printf("%s: one-thread cpu ms/article median %.2f; wall ms/article (all processors) median %.2f%n",
                    a[v], median(cpuMs[v]), median(wallMs[v]));
        }
        System.out.printf("B/A pair by pair: cpu median %.3f, wall median %.3f (%d rounds, %d articles)%n",
                median(cpuRatio), median(wallRatio), rounds, n);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
