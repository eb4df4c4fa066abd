package org.dossier.pipeline;

import org.dossier.brief.Brief;

/**
 * Told of each brief a generation changes, just before its new version is written, so that what
 * it records (notifications) is on disk before the change is: a run stopped in between makes
 * the same change again next time. Called from several threads at once; must not block for long.
 */
@FunctionalInterface
public interface BriefChangeListener {

    BriefChangeListener NONE = (previous, current) -> {
    };

    /**
     * @param previous the brief as last written, or null when this person had none
     * @param current  the new brief (its change list not yet filled in)
     */
    void changed(Brief previous, Brief current) throws java.io.IOException;
}
