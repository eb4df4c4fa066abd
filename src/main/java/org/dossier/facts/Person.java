package org.dossier.facts;

import java.util.List;

/**
 * One real person across all articles.
 *
 * @param roles any of detainee, official, family, lawyer, other
 */
public record Person(String id, String name, List<String> aliases, String nationality,
                     List<String> roles) {

    public boolean isDetainee() {
        return roles != null && roles.contains("detainee");
    }
}
