package org.dossier.server.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dossier.io.Json;

/**
 * The accounts file ({@code --users FILE}): JSON with each account's name, role, bcrypt
 * password hash and hashed API tokens. Never holds a password or a token in the clear; written
 * whole or not at all.
 */
public final class Accounts {

    /** Letters, digits and . _ @ - ; no spaces, so that names read the same in logs and on the command line. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");
    public static final int MIN_PASSWORD = 10;

    /** The file's shape. */
    record Content(List<Account> accounts) {
        Content {
            accounts = accounts == null ? List.of() : List.copyOf(accounts);
        }
    }

    private final Path file;
    private final List<Account> accounts;

    private Accounts(Path file, List<Account> accounts) {
        this.file = file;
        this.accounts = List.copyOf(accounts);
    }

    /** The accounts in the file; none when the file does not exist yet. */
    public static Accounts load(Path file) throws IOException {
        try {
            Content content = Json.read(file, Content.class);
            for (Account a : content.accounts()) {
                if (a.name() == null || a.role() == null) {
                    throw new IOException(file + ": every account needs a name and a role");
                }
            }
            return new Accounts(file, content.accounts());
        } catch (NoSuchFileException e) {
            return new Accounts(file, List.of());
        } catch (java.io.FileNotFoundException e) {
            if (!Files.exists(file)) {
                return new Accounts(file, List.of());
            }
            throw new IOException(file + ": cannot be read: " + e.getMessage());
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not an accounts file: " + e.getOriginalMessage());
        }
    }

    public Path file() {
        return file;
    }

    public List<Account> all() {
        return accounts;
    }

    public Optional<Account> find(String name) {
        return accounts.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    public Optional<Account> byToken(String token) {
        String hash = Secrets.hashToken(token);
        return accounts.stream().filter(a -> a.tokens().contains(hash)).findFirst();
    }

    /** Adds the account, or gives an existing one this role and password (its tokens stay valid). */
    public Accounts withPassword(String name, Role role, String password) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an account name: \"" + name
                    + "\" (up to 64 letters, digits and . _ @ -)");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("the password must have at least " + MIN_PASSWORD + " characters");
        }
        List<String> tokens = find(name).map(Account::tokens).orElse(List.of());
        return with(new Account(name, role, Secrets.hashPassword(password), tokens));
    }

    /** The accounts with {@code name} given another role (its password and tokens stay as they are). */
    public Accounts withRole(String name, Role role) {
        Account account = find(name).orElseThrow(() -> new IllegalArgumentException("no account named \"" + name
                + "\" in " + file));
        return with(new Account(account.name(), role, account.password(), account.tokens()));
    }

    /** How many accounts may manage accounts. */
    public long admins() {
        return accounts.stream().filter(a -> a.role() == Role.ADMIN).count();
    }

    /** The accounts with one more API token for {@code name}, and the token (shown once, kept only hashed). */
    public record Issued(Accounts accounts, String token) {
    }

    public Issued withNewToken(String name) {
        Account account = find(name).orElseThrow(() -> new IllegalArgumentException("no account named \"" + name
                + "\" in " + file + "; add it first with: dossier users add " + name));
        String token = Secrets.newToken();
        List<String> tokens = new ArrayList<>(account.tokens());
        tokens.add(Secrets.hashToken(token));
        return new Issued(with(new Account(account.name(), account.role(), account.password(), tokens)), token);
    }

    /** The accounts without {@code name} (and so without its tokens); its sessions end at their next request. */
    public Accounts without(String name) {
        if (find(name).isEmpty()) {
            throw new IllegalArgumentException("no account named \"" + name + "\" in " + file);
        }
        return new Accounts(file, accounts.stream().filter(a -> !a.name().equals(name)).toList());
    }

    private Accounts with(Account account) {
        List<Account> next = new ArrayList<>(accounts.stream().filter(a -> !a.name().equals(account.name())).toList());
        next.add(account);
        return new Accounts(file, next);
    }

    public void save() throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Json.write(file, new Content(accounts));
    }
}
