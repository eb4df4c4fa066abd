package org.dossier.server.auth;

import java.time.Instant;

/** A person logged in through the login page; {@code csrf} must come back with every form they post. */
public record Session(String name, Role role, String csrf, Instant expires) {
}
