package org.dossier.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dossier.ingest.ArticleLimits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The folders every command works with: articles in, rules, and outputs. */
public class CommonOptions {

    @Option(names = "--input", paramLabel = "DIR",
            description = "Folder of articles (.txt, saved web pages .html/.htm, .pdf); may be repeated (default: seeds/).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Rules folder (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path output;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--max-article-kb", paramLabel = "KB", defaultValue = "200",
            description = "A longer article is cut at the last sentence end before this size, and reported "
                    + "(default: ${DEFAULT-VALUE}).")
    void maxArticleKb(long kb) {
        if (kb < 1) {
            throw new ParameterException(spec.commandLine(), "--max-article-kb must be at least 1, not " + kb);
        }
        ArticleLimits.use(ArticleLimits.current().withMaxBytes(kb * 1024));
    }

    @Option(names = "--annotate-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "An article CoreNLP has not annotated after this long is reported and left out; "
                    + "the others go on (default: ${DEFAULT-VALUE}).")
    void annotateTimeout(long seconds) {
        if (seconds < 1) {
            throw new ParameterException(spec.commandLine(), "--annotate-timeout must be at least 1, not " + seconds);
        }
        ArticleLimits.use(ArticleLimits.current().withAnnotateTime(Duration.ofSeconds(seconds)));
    }

    public List<Path> inputs() {
        return inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs;
    }

    /**
     * What is wrong with the input folders, one line each: a mistyped {@code --input} must stop
     * a run before it writes anything, not leave empty facts and briefs behind.
     */
    public List<String> inputProblems() {
        List<String> problems = new ArrayList<>();
        for (Path dir : inputs()) {
            if (!Files.exists(dir)) {
                problems.add(dir + ": input folder does not exist");
            } else if (!Files.isDirectory(dir)) {
                problems.add(dir + ": input is not a folder");
            } else if (!Files.isReadable(dir)) {
                problems.add(dir + ": input folder cannot be read");
            }
        }
        return problems;
    }

    /**
     * What is wrong with the output folder: it must be a folder this process can write in, known
     * before hours of annotation are spent on a run that could not save them.
     */
    public List<String> outputProblems() {
        String what = "; choose another --output folder or make this one writable";
        if (Files.exists(output) && !Files.isDirectory(output)) {
            return List.of("cannot write in " + output + ": it is a file, not a folder" + what);
        }
        try {
            Files.createDirectories(output);
            Files.delete(Files.createTempFile(output, ".write-check", ".tmp"));
            return List.of();
        } catch (java.nio.file.AccessDeniedException e) {
            return List.of("cannot write in " + output + ": permission denied" + what);
        } catch (java.io.IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return List.of("cannot write in " + output + ": " + reason + what);
        }
    }

    /** Prints the input and output problems; true when there are none. */
    boolean inputsUsable() {
        List<String> problems = new ArrayList<>(inputProblems());
        if (problems.isEmpty()) {
            problems.addAll(outputProblems());
        }
        problems.forEach(p -> System.err.println("error: " + p));
        if (!problems.isEmpty()) {
            System.err.println("nothing was read and nothing was written");
        }
        return problems.isEmpty();
    }

    public Path rules() {
        return rules;
    }

    public Path output() {
        return output;
    }
}
