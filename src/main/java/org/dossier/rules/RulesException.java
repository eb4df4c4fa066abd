package org.dossier.rules;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when the rules folder does not compile; carries every problem found. */
public class RulesException extends Exception {

    private final List<RuleProblem> problems;

    public RulesException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
