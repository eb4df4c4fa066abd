package org.dossier.ingest;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML element as paragraphs: a blank line between blocks (paragraphs, headings,
 * list items), a line break for {@code <br>}, white space inside a paragraph collapsed. The
 * sentence splitter treats a blank line as the end of a sentence, so headings do not run into text.
 */
final class ParagraphText {

    private ParagraphText() {
    }

    static String of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element e && e.nameIs("br")) {
                    out.append('\n');
                } else if (node instanceof Element e && e.isBlock()) {
                    out.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    out.append("\n\n");
                }
            }
        }, root);
        return tidy(out.toString());
    }

    /** Each line stripped and its spaces collapsed; at most one blank line between paragraphs. */
    private static String tidy(String text) {
        String lines = Arrays.stream(text.replace('\u00A0', ' ').split("\n", -1))
                .map(line -> line.replaceAll("[ \\t]+", " ").strip())
                .collect(Collectors.joining("\n"));
        return lines.replaceAll("\n{3,}", "\n\n").strip();
    }
}
