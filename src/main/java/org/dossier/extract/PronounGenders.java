package org.dossier.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.extract.GivenNames.Gender;
import org.dossier.nlp.AnnotatedArticle;

/**
 * Whether "he" or "she" can stand for a person: a person's gender is what their first name
 * ("Lucia Ibarra"), the title before their name ("Mrs Ibarra") or a family word before it ("her
 * brother Jerce") gives, so that in
 * "His sister Lucia Ibarra said the family is worried. 'He has lost weight,' she said" the "he"
 * is not the sister. A person of unknown gender agrees with any pronoun.
 */
final class PronounGenders {

    private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");
    private static final Set<String> MALE_TITLES = Set.of("mr", "mr.", "sir", "lord");
    private static final Set<String> FEMALE_TITLES = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady");
    /** "her brother Jerce", "his wife Ana": a family word before a name gives its bearer's gender. */
    private static final Set<String> MALE_KIN = Set.of("brother", "son", "father", "husband", "uncle", "nephew",
            "grandson", "grandfather", "boyfriend", "fiance", "stepson", "stepfather");
    private static final Set<String> FEMALE_KIN = Set.of("sister", "daughter", "mother", "wife", "aunt", "niece",
            "granddaughter", "grandmother", "girlfriend", "fiancee", "stepdaughter", "stepmother");

    private final Map<String, Gender> genders;

    private PronounGenders(Map<String, Gender> genders) {
        this.genders = genders;
    }

    /** The genders the names of an article give its people; a person given both has none. */
    static PronounGenders of(AnnotatedArticle article, List<PersonMention> names) {
        Map<String, Gender> found = new HashMap<>();
        Set<String> mixed = new java.util.HashSet<>();
        for (PersonMention m : names) {
            if (m.reference()) {
                continue;
            }
            Gender gender = genderOfName(article, m);
            if (gender == null) {
                continue;
            }
            Gender before = found.putIfAbsent(m.person(), gender);
            if (before != null && before != gender) {
                mixed.add(m.person());
            }
        }
        mixed.forEach(found::remove);
        return new PronounGenders(found);
    }

    private static Gender genderOfName(AnnotatedArticle article, PersonMention m) {
        var tokens = article.sentences().get(m.sentence()).tokens();
        if (m.start() > 0) {
            String before = tokens.get(m.start() - 1).word().toLowerCase(Locale.ROOT);
            if (MALE_TITLES.contains(before) || MALE_KIN.contains(before)) {
                return Gender.MALE;
            }
            if (FEMALE_TITLES.contains(before) || FEMALE_KIN.contains(before)) {
                return Gender.FEMALE;
            }
        }
        String[] words = m.text().strip().split("\\s+");
        return words.length >= 2 ? GivenNames.genderOf(words[0]) : null;
    }

    /** True when the pronoun is "he" and the person a woman, or "she" and a man. */
    boolean contradicts(String person, String pronoun) {
        Gender of = genders.get(person);
        Gender said = pronounGender(pronoun);
        return of != null && said != null && of != said;
    }

    /** True when the person's gender is known and is the pronoun's. */
    boolean agrees(String person, String pronoun) {
        Gender of = genders.get(person);
        return of != null && of == pronounGender(pronoun);
    }

    private static Gender pronounGender(String pronoun) {
        String word = pronoun.toLowerCase(Locale.ROOT);
        return MALE_PRONOUNS.contains(word) ? Gender.MALE : FEMALE_PRONOUNS.contains(word) ? Gender.FEMALE : null;
    }
}
