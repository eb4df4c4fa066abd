package org.dossier.rules;

/** One error found while compiling a rules file, located by file, line and column. */
public record RuleProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
