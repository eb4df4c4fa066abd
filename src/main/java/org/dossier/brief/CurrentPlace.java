package org.dossier.brief;

import java.util.List;

/** Where the person is now as far as the sources say, and the date that was last reported. */
public record CurrentPlace(String place, String lastReported, String rule, List<String> facts,
                           List<Integer> sources) {
}
