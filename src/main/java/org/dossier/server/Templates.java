package org.dossier.server;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The server's page templates (Mustache, HTML-escaped), beside this class, with the rules pages' style as a partial. */
public final class Templates {

    private Templates() {
    }

    public static Template compile(String name) {
        Mustache.Compiler compiler = Mustache.compiler().nullValue("").emptyStringIsFalse(true).zeroIsFalse(true)
                .withLoader(partial -> new InputStreamReader(Objects.requireNonNull(
                        Templates.class.getResourceAsStream(partial + ".mustache"), partial), StandardCharsets.UTF_8));
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(Templates.class.getResourceAsStream(name), name), StandardCharsets.UTF_8)) {
            return compiler.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
