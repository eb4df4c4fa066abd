package org.dossier.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JoinedTriggerTypesTest {

    private static final String CONTACT = """
            rule "Contact with a detainee that is permitted is allowed"
            when
                $t : PhraseMatch( lexicon == "triggers", type == "contact" )
                $l : PersonLink( trigger == $t, role == "detainee" )
                not CueLink( trigger == $t, meaning == "negation", close )
                PhraseMatch( this == $t, kind != "strike" )
            then
            end
            """;

    @Test
    void linksJoinedToATriggerOfOneTypeAreGivenThatType() {
        String added = JoinedTriggerTypes.added(CONTACT);
        assertTrue(added.contains("PersonLink( trigger == $t, role == \"detainee\", trigger.type == \"contact\" )"), added);
        assertTrue(added.contains("not CueLink( trigger == $t, meaning == \"negation\", close, trigger.type == \"contact\" )"), added);
        assertTrue(added.contains("PhraseMatch( this == $t, kind != \"strike\", type == \"contact\" )"), added);
        assertEquals(CONTACT.lines().count(), added.lines().count(), "lines stay where the analyst wrote them");
        List<String> written = CONTACT.lines().toList();
        List<String> compiled = added.lines().toList();
        for (int i = 0; i < written.size(); i++) {
            String line = written.get(i);
            String kept = line.contains(")") ? line.substring(0, line.lastIndexOf(')')).stripTrailing() : line;
            assertTrue(compiled.get(i).startsWith(kept), "columns stay where the analyst wrote them: " + compiled.get(i));
        }
    }

    @Test
    void aTriggerBoundWithAnOrMayBeAnotherMatchAndIsLeftAlone() {
        String rule = """
                rule "Saying what happened"
                when
                    $o : PhraseMatch( lexicon == "triggers" && type in ("custody", "legal") || lexicon == "illnesses" )
                    PersonLink( trigger == $o, adjacent )
                then
                end
                """;
        assertEquals(rule, JoinedTriggerTypes.added(rule), "an illness has no trigger type");
    }

    @Test
    void aRuleThatExtendsAnotherSharesItsTriggerType() {
        String drl = """
                rule "What an asking word asks for"
                when
                    $t : PhraseMatch( lexicon == "triggers", type in ("request", "diplomatic") )
                then
                end

                rule "Asking for something for a detainee"
                    extends "What an asking word asks for"
                when
                    $l : PersonLink( trigger == $t, role == "detainee" )
                then
                end
                """;
        assertTrue(JoinedTriggerTypes.added(drl).contains(
                "PersonLink( trigger == $t, role == \"detainee\", trigger.type in (\"request\", \"diplomatic\") )"),
                JoinedTriggerTypes.added(drl));
    }

    @Test
    void rulesWithoutTriggersAreUnchanged() {
        String derive = """
                rule "The last visit"
                when
                    $v : Fact( type == "diplomatic", kind == "visit" )
                then
                end
                """;
        assertEquals(derive, JoinedTriggerTypes.added(derive));
    }
}
