package org.dossier.rules;

/**
 * A run of rules that did not settle: it reached the firing limit or the time limit. The
 * message names the rules file, the rule that fired most and what the rules were working on.
 */
public class RuleRunException extends RuntimeException {

    public RuleRunException(String message) {
        super(message);
    }
}
