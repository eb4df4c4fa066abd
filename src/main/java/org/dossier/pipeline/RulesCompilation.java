package org.dossier.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.dossier.brief.BriefDeriver;
import org.dossier.extract.ExtractionRules;
import org.dossier.rules.CompiledRules;
import org.dossier.rules.RulesException;

/**
 * The rules of a folder compiling on threads of their own, the extraction rules on one and
 * the derive rules on another, so that the caller can read articles meanwhile. Books compiled
 * afresh are kept for later runs only once both sets have compiled.
 */
final class RulesCompilation {

    /** Both rule sets, compiled. */
    record Compiled(ExtractionRules extraction, BriefDeriver deriver) {
    }

    /** A compilation's failure where no checked exception may pass: {@link #problem()} is what to report. */
    static final class Failed extends RuntimeException {
        Failed(Exception problem) {
            super(problem.getMessage(), problem, false, false);
        }

        Exception problem() {
            return (Exception) getCause();
        }
    }

    @FunctionalInterface
    private interface Compile<T> {
        T run() throws IOException, RulesException;
    }

    private final CompletableFuture<ExtractionRules> extraction;
    private final CompletableFuture<BriefDeriver> derive;
    private final CompiledRules compiled;

    private RulesCompilation(CompletableFuture<ExtractionRules> extraction, CompletableFuture<BriefDeriver> derive,
                             CompiledRules compiled) {
        this.extraction = extraction;
        this.derive = derive;
        this.compiled = compiled;
    }

    /** Starts both compilations; books compiled before are read from {@code compiled}. */
    static RulesCompilation start(Path rulesDir, CompiledRules compiled) {
        return new RulesCompilation(onThread("compile-extraction-rules", () -> ExtractionRules.load(rulesDir, compiled)),
                onThread("compile-derive-rules", () -> BriefDeriver.load(rulesDir.resolve("derive"), compiled)), compiled);
    }

    private static <T> CompletableFuture<T> onThread(String name, Compile<T> compile) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(compile.run());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return result;
    }

    /** Waits for both; a problem in the extraction rules is reported before one in the derive rules. */
    Compiled await() throws IOException, RulesException {
        ExtractionRules rules = extraction();
        return new Compiled(rules, deriver());
    }

    /** Waits for the extraction rules only. */
    ExtractionRules extraction() throws IOException, RulesException {
        ExtractionRules rules = await(extraction);
        saveOnceBothCompiled();
        return rules;
    }

    /** Waits for the derive rules only. */
    BriefDeriver deriver() throws IOException, RulesException {
        BriefDeriver deriver = await(derive);
        saveOnceBothCompiled();
        return deriver;
    }

    private void saveOnceBothCompiled() {
        if (compiledWell(extraction) && compiledWell(derive)) {
            compiled.save();
        }
    }

    private static boolean compiledWell(CompletableFuture<?> compiling) {
        return compiling.isDone() && !compiling.isCompletedExceptionally();
    }

    /** As {@link #await()}, throwing {@link Failed} instead of the checked exceptions. */
    Compiled awaitUnchecked() {
        try {
            return await();
        } catch (IOException | RulesException e) {
            throw new Failed(e);
        }
    }

    private static <T> T await(CompletableFuture<T> compiling) throws IOException, RulesException {
        try {
            return compiling.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while compiling rules", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RulesException r) {
                throw r;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }
}
