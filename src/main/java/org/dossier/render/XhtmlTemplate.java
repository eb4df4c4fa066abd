package org.dossier.render;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The brief's page as an XHTML Mustache template ({@code brief.xhtml.mustache}, with partials
 * beside it). Values are escaped for XML, since openhtmltopdf parses the page as XML.
 */
final class XhtmlTemplate {

    private final Template template;

    XhtmlTemplate(String name) {
        Mustache.Compiler compiler = Mustache.compiler()
                .withEscaper(Xml::escape)
                .nullValue("")
                .emptyStringIsFalse(true)
                .withLoader(XhtmlTemplate::reader);
        try (Reader reader = reader(name)) {
            this.template = compiler.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String render(Object view) {
        return template.execute(view);
    }

    private static Reader reader(String name) {
        String file = name.endsWith(".mustache") ? name : name + ".mustache";
        InputStream in = XhtmlTemplate.class.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("template " + file + " is missing from the classpath");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
