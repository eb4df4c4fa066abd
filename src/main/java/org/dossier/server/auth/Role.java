package org.dossier.server.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an account may do; each role may do all that the roles before it may. */
public enum Role {
    /** Pages, briefs, facts and exports. */
    READER,
    /** Also uploads articles and previews and applies rules changes. */
    EDITOR,
    /** Also manages accounts. */
    ADMIN;

    public boolean allows(Role needed) {
        return compareTo(needed) >= 0;
    }

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named (reader, editor, admin), or an error listing them. */
    @JsonCreator
    public static Role parse(String name) {
        for (Role r : values()) {
            if (r.label().equals(name == null ? "" : name.strip().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new IllegalArgumentException("no such role: \"" + name + "\" (reader, editor or admin)");
    }
}
