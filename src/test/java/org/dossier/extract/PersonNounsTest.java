package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersonNounsTest {

    @Test
    void nounsForWhatSomeoneIsOrDoesNamePeople() {
        for (String noun : new String[] {"specialist", "contractor", "economist", "Pensioner", "hikers"}) {
            assertTrue(PersonNouns.isPerson(noun), noun);
        }
    }

    @Test
    void nounsThatNameAPersonOnlyInARareSenseDoNot() {
        for (String noun : new String[] {"court", "star", "family", "prison", "embassy", "2021", ""}) {
            assertFalse(PersonNouns.isPerson(noun), noun);
        }
    }

    @Test
    void aCompoundWordNetLacksIsReadByTheNounItEndsIn() {
        for (String noun : new String[] {"kitesurfer", "kiteboarder"}) {
            assertTrue(PersonNouns.isPerson(noun), noun);
        }
        for (String noun : new String[] {"kiteboardwax", "zqxbdfw"}) {
            assertFalse(PersonNouns.isPerson(noun), noun);
        }
    }
}
