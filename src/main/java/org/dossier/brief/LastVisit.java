package org.dossier.brief;

import java.util.List;

/** The newest consular or diplomatic visit done, and days since it, counted to the brief's as-of date. */
public record LastVisit(String date, String actor, String place, Long daysSince, String rule,
                        List<String> facts, List<Integer> sources) {
}
