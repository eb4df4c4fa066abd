package org.dossier.server.auth;

import java.util.List;

/**
 * One person or script allowed into the server.
 *
 * @param password a bcrypt hash of the password (null for an account used only by tokens)
 * @param tokens   SHA-256 hashes of the account's API tokens
 */
public record Account(String name, Role role, String password, List<String> tokens) {

    public Account {
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
    }
}
