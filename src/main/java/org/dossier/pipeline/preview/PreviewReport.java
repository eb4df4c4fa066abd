package org.dossier.pipeline.preview;

import java.util.List;
import org.dossier.brief.cases.CaseResult;
import org.dossier.rules.RuleProblem;

/**
 * What previewing candidate rules found: whether they compile, whether their examples pass, and
 * what they change in each brief.
 *
 * @param problems     every compile problem (file, line, column); when there are any, nothing else was run
 * @param runError     a rule that failed while deriving or extracting (null when none)
 * @param examples     the results of the candidate's {@code tests/*.json} examples
 * @param differences  one per brief that changes
 * @param briefs       how many briefs the candidate rules make
 * @param articles     how many articles were read from the annotation cache
 * @param notAnnotated articles left out because they were never annotated (run {@code generate} first)
 * @param seconds      how long the preview took
 */
public record PreviewReport(List<RuleProblem> problems, String runError, List<CaseResult> examples,
                            List<BriefDifference> differences, int briefs, int articles, List<String> notAnnotated,
                            double seconds) {

    public boolean compiles() {
        return problems.isEmpty();
    }

    public boolean examplesPass() {
        return examples.stream().allMatch(CaseResult::passed);
    }

    /** Compiles, runs without a failing rule, and every example passes: safe to apply. */
    public boolean clean() {
        return compiles() && runError == null && examplesPass();
    }

    public long examplesFailed() {
        return examples.stream().filter(e -> !e.passed()).count();
    }

    /** "3 of 57 briefs change". */
    public String countLine() {
        int total = Math.max(briefs, differences.size());
        return differences.size() + " of " + total + (total == 1 ? " brief changes" : " briefs change");
    }
}
