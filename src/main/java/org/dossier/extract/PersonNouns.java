package org.dossier.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Whether a noun names a person ("specialist", "contractor", "economist"), by WordNet: the
 * noun's first, most common sense is a kind of person. The first sense only, so that "court",
 * "star" or "family" (a person only in a rare sense) are not taken for someone.
 */
final class PersonNouns {

    private static final int MAX_DEPTH = 20;
    private static final String WORDNET_DATA = "net/sf/extjwnl/data/wordnet/wn31/index.noun";
    private static final Map<String, Boolean> KNOWN = new ConcurrentHashMap<>();

    private PersonNouns() {
    }

    private static final class WordNet {
        static final Dictionary DICTIONARY;
        static final Synset PERSON;

        static {
            try {
                DICTIONARY = Dictionary.getDefaultResourceInstance();
                PERSON = DICTIONARY.getIndexWord(POS.NOUN, "person").getSenses().get(0);
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet could not be loaded", e);
            }
        }
    }

    /** A common noun in the singular that names a person ("veteran", "teacher"), as the tagger read it. */
    static boolean isPersonNoun(org.dossier.nlp.Token t) {
        return t.pos().equals("NN") && isPerson(t.word());
    }

    static boolean isPerson(String noun) {
        String word = noun.toLowerCase(Locale.ROOT);
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return false;
        }
        return KNOWN.computeIfAbsent(word, PersonNouns::looksUp);
    }

    /** An answer WordNet gave before ({@link PersonNounAnswers}), for a noun in lower case. */
    static void remember(String word, boolean person) {
        KNOWN.putIfAbsent(word, person);
    }

    /** Every answer so far, by noun in lower case. */
    static Map<String, Boolean> known() {
        return Map.copyOf(KNOWN);
    }

    /** The jars the answers come from, by name: extjwnl's code and WordNet's data. */
    static List<String> wordNetSources() {
        return List.of(jarName(String.valueOf(Dictionary.class.getProtectionDomain().getCodeSource().getLocation())),
                jarName(String.valueOf(PersonNouns.class.getClassLoader().getResource(WORDNET_DATA))));
    }

    private static String jarName(String url) {
        int bang = url.indexOf("!/");
        String jar = bang < 0 ? url : url.substring(0, bang);
        return jar.substring(jar.lastIndexOf('/') + 1);
    }

    private static boolean looksUp(String word) {
        synchronized (WordNet.DICTIONARY) {
            try {
                IndexWord entry = WordNet.DICTIONARY.lookupIndexWord(POS.NOUN, word);
                if (entry == null) {
                    entry = lastPartKnown(word);
                }
                return entry != null && !entry.getSenses().isEmpty() && isA(entry.getSenses().get(0), 0);
            } catch (JWNLException e) {
                return false;
            }
        }
    }

    /**
     * A compound WordNet does not list is read by the longest noun it ends in: "kitesurfer" is a
     * "surfer", "skateboarder" a "boarder". The part before is at least three letters.
     */
    private static IndexWord lastPartKnown(String word) throws JWNLException {
        for (int i = 3; i <= word.length() - 4; i++) {
            IndexWord part = WordNet.DICTIONARY.getIndexWord(POS.NOUN, word.substring(i));
            if (part != null) {
                return part;
            }
        }
        return null;
    }

    private static boolean isA(Synset sense, int depth) throws JWNLException {
        if (sense.equals(WordNet.PERSON)) {
            return true;
        }
        if (depth > MAX_DEPTH) {
            return false;
        }
        for (Pointer p : sense.getPointers(PointerType.HYPERNYM)) {
            if (isA(p.getTargetSynset(), depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
