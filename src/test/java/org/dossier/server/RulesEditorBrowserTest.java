package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst's session in a real browser (headless Chromium): from the rules page open the
 * triggers lexicon, add a line, preview, see the change for the right person, apply, and find
 * the brief changed. Screenshots of each page go to {@code target/screenshots/}.
 */
class RulesEditorBrowserTest {

    static final String TRIGGER = "comply with,conditions,regime";
    static final Path SHOTS = Path.of("target", "screenshots");

    @Test
    void openALexiconAddALinePreviewAndApply(@TempDir Path dir) throws Exception {
        Optional<Path> chromium = HeadlessChromium.executable();
        // CI installs Chromium (.ci/run); only a machine without it skips this test
        assumeTrue(chromium.isPresent() || System.getenv("CI") != null, "no chromium here");
        try (EditorServer s = EditorServer.start(dir);
             HeadlessChromium browser = HeadlessChromium.start(chromium.orElseThrow(), dir.resolve("profile"))) {
            browser.open(s.url("/rules"));
            browser.await("the rules page", "document.getElementById('lexicon/triggers.csv')", Duration.ofSeconds(30));
            browser.eval("document.getElementById('lexicon/triggers.csv').open = true");
            browser.screenshot(SHOTS.resolve("rules.png"));
            browser.eval("document.getElementById('lexicon/triggers.csv').querySelector('summary a').click()");
            browser.await("the editor", "location.pathname === '/rules/lexicon/triggers.csv' && document.getElementById('content')",
                    Duration.ofSeconds(30));

            browser.eval("var t = document.getElementById('content'); t.value = t.value + '" + TRIGGER + "\\n';"
                    + "document.getElementById('preview').click()");
            browser.await("the preview", "document.getElementById('count')", EditorServer.PATIENCE);
            browser.screenshot(SHOTS.resolve("rules-preview.png"));
            String count = browser.eval("document.getElementById('count').textContent");
            assertTrue(count.startsWith("1 of 3 briefs change"), count);
            String person = browser.eval("document.getElementById('person-roman-seleznev').innerText");
            assertTrue(person.contains("+ fact conditions regime") && person.contains("must comply with"), person);
            assertTrue(!Files.readString(s.rules.resolve("lexicon/triggers.csv")).contains(TRIGGER), "previewed, not saved");

            browser.eval("document.getElementById('message').value = 'comply with: a prison regime';"
                    + "document.getElementById('apply').click()");
            browser.await("the change applied", "document.getElementById('applied')", EditorServer.PATIENCE);
            browser.screenshot(SHOTS.resolve("rules-applied.png"));
            assertTrue(Files.readString(s.rules.resolve("lexicon/triggers.csv")).endsWith(TRIGGER + "\n"));
            assertTrue(Files.readString(s.output.resolve("roman-seleznev.json")).contains("\"comply with\""));

            browser.open(s.url("/rules/history"));
            browser.await("the history", "document.getElementById('version-0001')", Duration.ofSeconds(30));
            browser.screenshot(SHOTS.resolve("rules-history.png"));
            String version = browser.eval("document.getElementById('version-0001').innerText");
            assertTrue(version.contains("comply with: a prison regime") && version.contains("+" + TRIGGER), version);
        }
    }
}
