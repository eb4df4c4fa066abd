package org.dossier.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Passwords are kept as bcrypt hashes (slow on purpose: people choose guessable passwords);
 * API tokens and session ids are 256 random bits, so a plain SHA-256 of a token is enough to
 * keep it secret at rest and can be looked up directly on every request.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BCRYPT_COST = 12;
    /** Checked when a name has no account, so that a refusal takes as long whether it exists or not. */
    private static final String DECOY = BCrypt.hashpw("no such account", BCrypt.gensalt(BCRYPT_COST));

    private Secrets() {
    }

    public static String hashPassword(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(BCRYPT_COST));
    }

    /** Whether the password matches the hash; a null hash matches nothing but costs the same. */
    public static boolean passwordMatches(String password, String hash) {
        boolean decoy = hash == null || !hash.startsWith("$2");
        boolean matches = BCrypt.checkpw(password == null ? "" : password, decoy ? DECOY : hash);
        return matches && !decoy;
    }

    /** 256 random bits, URL-safe. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hashToken(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
