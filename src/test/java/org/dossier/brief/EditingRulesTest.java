package org.dossier.brief;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.dossier.facts.FactsDocument;
import org.dossier.rules.RuleProblem;
import org.dossier.rules.RulesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules are read at run time: edits take effect without a rebuild, and broken edits change nothing. */
class EditingRulesTest {

    static final String LONG_OPEN_RULE = """
            // Decides an alert for requests left unanswered too long: outstanding for more days
            // than alert.request-open.days in settings.properties.
            package dossier.derive;

            import org.dossier.brief.derive.Alert;
            import org.dossier.brief.derive.Outstanding;
            import org.dossier.brief.derive.Setting;
            import org.dossier.brief.derive.Text;

            rule "a request outstanding longer than the set number of days"
            when
                Setting( name == "alert.request-open.days", $limit : number != null )
                $open : Outstanding( daysOpen != null, daysOpen > $limit )
            then
                insertLogical( new Alert( "request-open-long", "medium",
                    "A request for " + $open.request().getKind() + " has been open "
                    + Text.days( $open.daysOpen() ) + " (first asked " + $open.request().getFirstAsked() + ")" ) );
            end
            """;

    @TempDir
    Path tmp;

    private static FactsDocument facts() {
        TestFacts t = new TestFacts().article("a1", "2021-06-01", "Courier");
        t.fact("custody", "held").place("Riverside Prison").date("2021-06");
        t.fact("request", "transfer").actor("Embassy").date("2021-01-15").status("open");
        return t.build();
    }

    @Test
    void aRuleAddedToTheRulesFolderChangesTheBriefWithoutRecompiling() throws Exception {
        Path rules = RuleFiles.copyRules(tmp);
        Path derive = rules.resolve("derive");
        Brief before = BriefDeriver.load(derive).derive(facts()).get(0);
        assertFalse(before.alerts().stream().anyMatch(a -> a.code().equals("request-open-long")));

        Files.writeString(derive.resolve("long-open-requests.drl"), LONG_OPEN_RULE);
        Files.writeString(derive.resolve("settings.properties"), "\nalert.request-open.days = 90\n",
                StandardOpenOption.APPEND);
        Brief after = BriefDeriver.load(derive).derive(facts()).get(0);

        Alert alert = after.alerts().stream().filter(a -> a.code().equals("request-open-long")).findFirst().orElseThrow();
        assertEquals("a request outstanding longer than the set number of days", alert.rule());
        assertTrue(alert.message().contains("transfer has been open 137 days"), alert.message());
        assertEquals(List.of("F2"), alert.facts());
        assertEquals(List.of(2), alert.sources());
    }

    @Test
    void aBrokenRulesFileIsReportedWithItsLineAndTheOldBriefIsKept() throws Exception {
        Path rules = RuleFiles.copyRules(tmp);
        Path out = tmp.resolve("output");
        List<Path> written = BriefRun.run(rules, facts(), out);
        Path brief = BriefWriter.fileFor(out, TestFacts.PERSON);
        assertEquals(List.of(brief), written);
        byte[] before = Files.readAllBytes(brief);
        FileTime time = Files.getLastModifiedTime(brief);

        Path status = rules.resolve("derive/status.drl");
        int brokenLine = Files.readAllLines(status).size() + 4;
        Files.writeString(status, "\nrule \"a broken rule\"\nwhen\n    Fact( type == )\nthen\nend\n",
                StandardOpenOption.APPEND);

        RulesException e = assertThrows(RulesException.class, () -> BriefRun.run(rules, facts(), out));
        RuleProblem p = e.problems().get(0);
        assertTrue(p.file().endsWith("status.drl"), p.toString());
        assertEquals(brokenLine, p.line(), p.toString());
        assertTrue(p.toString().startsWith(status + ":" + brokenLine + ":"), p.toString());
        assertArrayEquals(before, Files.readAllBytes(brief));
        assertEquals(time, Files.getLastModifiedTime(brief));
    }

    @Test
    void aRuleThatFailsStopsTheRunBeforeWritingAnything() throws Exception {
        Path rules = RuleFiles.copyRules(tmp);
        Files.writeString(rules.resolve("derive/zz-failing.drl"), """
                package dossier.derive;
                import org.dossier.facts.Fact;
                rule "a rule that divides by zero"
                when
                    Fact( type == "request" )
                then
                    int x = 1 / 0;
                end
                """);
        Path out = tmp.resolve("output");
        DerivationException e = assertThrows(DerivationException.class, () -> BriefRun.run(rules, facts(), out));
        assertTrue(e.getMessage().contains("a rule that divides by zero"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFactListedInAnUnknownSectionIsAnError() throws Exception {
        Path rules = RuleFiles.copyRules(tmp);
        Files.writeString(rules.resolve("derive/zz-section.drl"), """
                package dossier.derive;
                import org.dossier.facts.Fact;
                import org.dossier.brief.derive.Listed;
                rule "requests are listed under a misspelt section"
                when
                    $f : Fact( type == "request" )
                then
                    insertLogical( new Listed( "requets", $f ) );
                end
                """);
        DerivationException e = assertThrows(DerivationException.class,
                () -> BriefDeriver.load(rules.resolve("derive")).derive(facts()));
        assertTrue(e.getMessage().contains("\"requets\", which is not a section"), e.getMessage());
    }

    @Test
    void aRuleThatNeverSettlesIsStopped() throws Exception {
        Path rules = RuleFiles.copyRules(tmp);
        Files.writeString(rules.resolve("derive/zz-loop.drl"), """
                package dossier.derive;
                import org.dossier.brief.derive.Request;
                rule "a rule that keeps changing what it matches"
                when
                    $r : Request()
                then
                    modify( $r ) { getKind() }
                end
                """);
        DerivationException e = assertThrows(DerivationException.class,
                () -> BriefDeriver.load(rules.resolve("derive")).derive(facts()));
        assertTrue(e.getMessage().contains("did not settle"), e.getMessage());
    }
}
