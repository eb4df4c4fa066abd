package org.dossier.brief;

import java.util.List;

/** A judgement of the rules that a reader should act on, such as a long-unanswered request. */
public record Alert(String code, String severity, String message, String rule, List<String> facts,
                    List<Integer> sources) {
}
