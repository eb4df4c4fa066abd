package org.dossier.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.nlp.AnnotatedArticle;

/**
 * Resolves pronouns and descriptions ("he", "his", "the Russian", "the journalist", listed in
 * {@code rules/lexicon/references.csv}) to the detained person they most likely point back to:
 * the detainee named last before them within a few sentences, else the article's only detainee.
 */
public final class ReferenceResolver {

    private static final int LOOKBACK_SENTENCES = 4;
    /** How far back a group ("the couple", "they") may have been named when the sentences since name no one else. */
    private static final int GROUP_IN_VIEW = 10;

    private final Set<String> detainees;
    /** Words of another role ("the ambassador", "the lawyer", "the mother") that never stand for a detainee. */
    private final Set<String> otherRoles;

    /** Nouns for a person that neither CoreNLP's titles nor WordNet give ("influencer"). */
    private final Set<String> occupations;

    /** One-word custody triggers ("detain", "jail"). */
    private final Set<String> custodyWords;

    /**
     * The descriptions found in each sentence so far: they depend on the sentence and the word
     * lists alone, so resolvers of one article with the same word lists may share them.
     */
    private final Map<SentenceSyntax, List<PhraseMatch>> described;

    public ReferenceResolver(Set<String> detainees, Set<String> otherRoles, Set<String> occupations, Set<String> custodyWords) {
        this(detainees, otherRoles, occupations, custodyWords, new java.util.IdentityHashMap<>());
    }

    /** As the other constructor, sharing {@code described} with the resolvers of the same article and word lists. */
    ReferenceResolver(Set<String> detainees, Set<String> otherRoles, Set<String> occupations, Set<String> custodyWords,
                      Map<SentenceSyntax, List<PhraseMatch>> described) {
        this.detainees = detainees;
        this.otherRoles = otherRoles;
        this.occupations = occupations;
        this.custodyWords = custodyWords;
        this.described = described;
    }

    /** "a Boston attorney detained in X": a noun of another role that a custody participle describes. */
    private boolean describedAsHeld(SentenceSyntax syntax, int noun) {
        int governor = syntax.head(noun);
        boolean subjectOfParticiple = governor >= 0 && syntax.relationToHead(noun).startsWith("nsubj")
                && syntax.token(governor).pos().equals("VBN") && isCustodyWord(syntax, governor);
        return subjectOfParticiple || syntax.children(noun, "acl").stream()
                .anyMatch(v -> PARTICIPLES.contains(syntax.token(v).pos()) && isCustodyWord(syntax, v));
    }

    private boolean isCustodyWord(SentenceSyntax syntax, int token) {
        return custodyWords.contains(syntax.token(token).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** "the journalist", "the aid specialist", "the influencer": a noun for what a person is or does. */
    private boolean isOccupation(Nationalities.Words words, String word) {
        return words.isTitle(word) || occupations.contains(word.toLowerCase(java.util.Locale.ROOT))
                || PersonNouns.isPerson(word);
    }

    /**
     * "have visited the suspect several times": a noun for someone held that the tagger took for an
     * adjective of the words after it, which name no one.
     */
    private static boolean takenForAnAdjective(org.dossier.nlp.Sentence s, int i, String word) {
        return DETAINEE_NOUNS.contains(word) && s.tokens().get(i).pos().equals("JJ") && i > 0
                && s.tokens().get(i - 1).word().equalsIgnoreCase("the")
                && (i + 1 >= s.tokens().size() || !s.tokens().get(i + 1).pos().startsWith("NN"));
    }

    /** Nouns for a person in custody or before a court, whatever their occupation. */
    static final Set<String> DETAINEE_NOUNS = Set.of("suspect", "defendant", "detainee", "prisoner",
            "hostage", "inmate", "captive", "convict", "accused");
    /** "two French nationals", "three US citizens", "two Russian residents": counted people of a country. */
    private static final Set<String> NATIONALS = Set.of("national", "citizen", "resident");
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d+-year-old");

    /**
     * "the reporter", "the ballet dancer", "the Russian", "the Scot", "the 40-year-old", "the
     * suspect": "the" and a noun for an occupation (CoreNLP's title gazetteer), a nationality, an
     * age or a person in custody, heading its noun phrase, is a description of someone named before;
     * with "a" or "an" ("a Belgian aid worker") it is a lead that stands for someone named after.
     */
    List<PhraseMatch> descriptions(AnnotatedArticle article, List<SentenceSyntax> syntaxes) {
        List<PhraseMatch> found = new ArrayList<>();
        for (SentenceSyntax syntax : syntaxes) {
            found.addAll(described.computeIfAbsent(syntax, x -> descriptionsIn(article, x)));
        }
        return found;
    }

    private List<PhraseMatch> descriptionsIn(AnnotatedArticle article, SentenceSyntax syntax) {
        List<PhraseMatch> found = new ArrayList<>();
        Nationalities.Words words = Nationalities.Words.get();
        org.dossier.nlp.Sentence s = syntax.sentence();
        for (int i = 1; i < s.tokens().size(); i++) {
            org.dossier.nlp.Token t = s.tokens().get(i);
            String word = t.word().toLowerCase(java.util.Locale.ROOT);
            PhraseMatch group = groupOfPeople(article, syntax, i, words);
            if (group == null) {
                group = siblingsOfAName(article, s, i);
            }
            if (group == null) {
                group = familyByItsName(article, s, i);
            }
            if (group != null) {
                found.add(group);
                continue;
            }
            if (parentOfSomany(s, i)) {
                // "the dad-of-three", "the mother-of-two": the person told of, not a relative
                found.add(new PhraseMatch(article.article().id(), s.index(), i - 1, i + 1, i, "references",
                        "description", null, String.join(" ", s.tokens().subList(i - 1, i + 5).stream()
                                .map(org.dossier.nlp.Token::word).toList())));
                continue;
            }
            boolean age = !word.isEmpty() && Character.isDigit(word.charAt(0)) && AGE.matcher(word).matches() || (word.equals("old") && i >= 2
                    && s.tokens().get(i - 2).word().matches("(?i)-?years?(-old)?") || word.equals("old")
                    && i >= 1 && s.tokens().get(i - 1).word().matches("(?i)\\d+-years?-?"));
            boolean person = age || DETAINEE_NOUNS.contains(word) || describedNoun(syntax, i, words)
                    || NATIONALS.contains(word) && !syntax.children(i, "amod").isEmpty()
                    || (t.pos().startsWith("NN") && !t.pos().endsWith("S") && !"PERSON".equals(t.ner())
                        && (isOccupation(words, word) || words.isNationality(word)))
                    || (t.pos().equals("JJ") && words.isNationality(word) && (syntax.relationToHead(i).startsWith("nsubj")
                        || nationalityAsANoun(syntax, i)))
                    // "sentenced a French-Iranian academic": a noun for someone the tagger took for an adjective
                    || (t.pos().equals("JJ") && ARGUMENTS.contains(syntax.relationToHead(i)) && isOccupation(words, word));
            boolean anotherRole = otherRoles.contains(word) || otherRoles.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
            if (!person || anotherRole && !describedAsHeld(syntax, i)) {
                continue;
            }
            String relation = syntax.relationToHead(i);
            boolean mistagged = takenForAnAdjective(s, i, word);
            if (!mistagged && (relation.equals("compound") || relation.equals("amod")
                    || relation.startsWith("nmod:poss") && !age)) {
                continue; // "the Russian embassy", "the reporter's lawyer"; "the 56-year-old's appeal" is hers
            }
            int the = mistagged ? i - 1 : -1;
            boolean indefinite = false;
            for (int d : determiners(syntax, i)) {
                String det = s.tokens().get(d).word();
                if (det.equalsIgnoreCase("the") || det.equalsIgnoreCase("a") || det.equalsIgnoreCase("an")) {
                    the = d;
                    indefinite = !det.equalsIgnoreCase("the");
                }
            }
            boolean setOff = i + 1 < s.tokens().size() && s.tokens().get(i + 1).word().equals(",");
            boolean lead = indefinite; // the lambda below needs a variable set once
            // "a Russian expert convicted of fraud": in a lead the participle is part of the description
            boolean ofSomeone = syntax.children(i).stream().anyMatch(d -> d.relation().startsWith("nmod") && !isHometown(syntax, d)
                    && !FIELDS.contains(d.relation()) && !(lead && isEmployer(syntax, d))
                    // "arrested a former spymaster on US drug charges": in a lead, what they are held over
                    && !(lead && LEAD_GROUNDS.contains(d.relation()))
                    // "a kitesurfer with dual citizenship": in a lead, what they have
                    && !(lead && d.relation().equals("nmod:with"))
                    || d.relation().startsWith("acl") && !(setOff && d.relation().equals("acl:relcl"))
                       // ("an American back home after being detained in X": the parser's "acl:after")
                       && !(lead && d.relation().startsWith("acl") && PARTICIPLES.contains(syntax.token(d.dependent()).pos()))
                       // "a U.S. aid specialist who has been imprisoned in Cuba": in a lead, who they are
                       && !(lead && d.relation().equals("acl:relcl"))
                    || d.relation().equals("appos"));
            if (the < 0 || the > i || ofSomeone) {
                continue; // "the lawyer of ...", "the journalist who wrote ..." are someone else; "the Swede, who ..." is not
            }
            String text = String.join(" ", s.tokens().subList(the, i + 1).stream().map(org.dossier.nlp.Token::word).toList());
            // "a Belgian aid worker" in a lead stands for the first detainee named after it
            // a noun taken for an adjective stands where the parser put the words it qualifies
            int head = mistagged && syntax.head(i) > i ? syntax.head(i) : i;
            found.add(new PhraseMatch(article.article().id(), s.index(), the, i + 1, head, "references",
                    indefinite ? "lead" : "description", null, text));
        }
        return List.copyOf(found);
    }

    /** "a sentence given to an ethnic Armenian": a nationality with an article of its own, heading its phrase, is a person. */
    private static boolean nationalityAsANoun(SentenceSyntax syntax, int i) {
        String relation = syntax.relationToHead(i);
        return (relation.startsWith("obl") || relation.equals("obj") || relation.startsWith("nmod") && !relation.equals("nmod:poss"))
                && syntax.children(i, "det").stream().anyMatch(d -> d < i);
    }

    /** The noun's determiners, or those the parser hung on a compound before it ("a [Russian computer] expert"). */
    private static List<Integer> determiners(SentenceSyntax syntax, int noun) {
        List<Integer> found = new ArrayList<>(syntax.children(noun, "det"));
        if (found.isEmpty()) {
            for (int compound : syntax.children(noun, "compound")) {
                if (compound < noun) {
                    found.addAll(syntax.children(compound, "det"));
                }
            }
        }
        return found;
    }

    /** "the father-of-two", split by the tokenizer into "the father - of - two". */
    private static boolean parentOfSomany(org.dossier.nlp.Sentence s, int i) {
        List<org.dossier.nlp.Token> t = s.tokens();
        return i >= 1 && i + 4 < t.size() && t.get(i - 1).word().equalsIgnoreCase("the")
                && PARENT_NOUNS.contains(t.get(i).word().toLowerCase(java.util.Locale.ROOT))
                && t.get(i + 1).word().equals("-") && t.get(i + 2).word().equalsIgnoreCase("of")
                && t.get(i + 3).word().equals("-") && t.get(i + 4).pos().equals("CD");
    }

    private static final Set<String> PARENT_NOUNS = Set.of("father", "mother", "dad", "mum", "mom", "grandfather",
            "grandmother");

    /** "a citizen serving a sentence", "an expert convicted of fraud": participles describing a lead. */
    private static final Set<String> PARTICIPLES = Set.of("VBN", "VBG");

    /** "a doctor on drug charges", "an activist over a post": the grounds of a lead's custody, no one else. */
    private static final Set<String> LEAD_GROUNDS = Set.of("nmod:on", "nmod:over");

    /** Where a noun stands to its verb: subject or object. */
    private static final Set<String> ARGUMENTS = Set.of("nsubj", "nsubj:pass", "obj", "iobj");

    /** "the lecturer in Islamic studies", "the reporter at the paper": a field or a workplace, no one else. */
    private static final Set<String> FIELDS = Set.of("nmod:in", "nmod:at");

    /** "the 76-year-old founder", "the American woman": a person noun told by the person's age or country. */
    private static boolean describedNoun(SentenceSyntax syntax, int i, Nationalities.Words words) {
        return PersonNouns.isPersonNoun(syntax.token(i))
                && syntax.children(i, "amod").stream()
                .map(a -> syntax.token(a).word().toLowerCase(java.util.Locale.ROOT))
                .anyMatch(a -> AGE.matcher(a).matches() || words.isNationality(a));
    }

    /** "an executive of the mining giant Rio Tinto": in a lead, the firm someone works for, no one else. */
    private static boolean isEmployer(SentenceSyntax syntax, org.dossier.nlp.Dependency d) {
        org.dossier.nlp.Token of = syntax.token(d.dependent());
        return d.relation().equals("nmod:of") && !"PERSON".equals(of.ner()) && !PersonNouns.isPersonNoun(of);
    }

    /** "the 24-year-old from Leeds", "the teacher from Ohio": where the person is from, no one else. */
    private static boolean isHometown(SentenceSyntax syntax, org.dossier.nlp.Dependency d) {
        return d.relation().equals("nmod:from") && "LOCATION".equals(syntax.token(d.dependent()).ner());
    }

    /**
     * "three Britons", "the two prisoners": a plural noun for nationals or for people in custody,
     * counted, is a group; without "the", in a lead, it stands for those named after it.
     */
    private PhraseMatch groupOfPeople(AnnotatedArticle article, SentenceSyntax syntax, int i,
                                      Nationalities.Words words) {
        org.dossier.nlp.Token t = syntax.token(i);
        String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
        if (!t.pos().endsWith("S") || !t.pos().startsWith("NN")) {
            return null;
        }
        boolean countedKind = isCountedKind(words, lemma);
        boolean people = isPersonOfAnyKind(words, lemma) && !ofAnotherRole(syntax, i);
        if (!countedKind && !people) {
            return null;
        }
        String relation = syntax.relationToHead(i);
        if (relation.equals("compound") || relation.equals("amod")) {
            return null;
        }
        int count = -1;
        int the = -1;
        for (var d : syntax.children(i)) {
            String w = syntax.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
            if (d.relation().equals("nummod") && d.dependent() < i && count(w) >= 0) {
                count = d.dependent();
            } else if (d.relation().equals("det") && w.equals("the")) {
                the = d.dependent();
            }
        }
        if (relation.startsWith("nmod:poss") && the < 0) {
            return null; // "the men's release" is theirs; "Russians' rights" are no group named before
        }
        int start;
        if (count >= 0) {
            start = count > 0 && syntax.token(count - 1).word().equalsIgnoreCase("the") ? count - 1 : count;
        } else if ((people || DETAINEE_NOUNS.contains(lemma)) && the >= 0 && the < i && !modifiedByMore(syntax, i)) {
            start = the; // "the men", "the executives", "the detainees": those named together before
        } else {
            return null; // "the Russians" may be others than the people named ("the two Russians" are counted)
        }
        String text = String.join(" ", syntax.sentence().tokens().subList(start, i + 1).stream()
                .map(org.dossier.nlp.Token::word).toList());
        return new PhraseMatch(article.article().id(), syntax.sentence().index(), start, i + 1, i, "references",
                "group", count < 0 ? null : syntax.token(count).word().toLowerCase(java.util.Locale.ROOT), text);
    }

    /** "Britons", "prisoners", "nationals": a kind of people a group is counted in. */
    private static boolean isCountedKind(Nationalities.Words words, String lemma) {
        return words.isNationality(lemma) || DETAINEE_NOUNS.contains(lemma) || NATIONALS.contains(lemma);
    }

    /** "journalists", "men": people of any occupation, or just people. */
    private boolean isPersonOfAnyKind(Nationalities.Words words, String lemma) {
        return isOccupation(words, lemma) || PEOPLE_NOUNS.contains(lemma);
    }

    /** "the police officers", "the judges": people of a role other than detainee. */
    private boolean ofAnotherRole(SentenceSyntax syntax, int noun) {
        if (otherRoles.contains(syntax.token(noun).lemma().toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        return syntax.children(noun, "compound").stream()
                .anyMatch(c -> otherRoles.contains(syntax.token(c).lemma().toLowerCase(java.util.Locale.ROOT)));
    }

    /** Nouns for people of any occupation, counted or with "the" a group ("the six men"). */
    private static final Set<String> PEOPLE_NOUNS = Set.of("man", "woman", "person", "member");

    /** "the men who attacked him", "the workers at the embassy": people other than those named. */
    private static boolean modifiedByMore(SentenceSyntax syntax, int noun) {
        return syntax.children(noun).stream().anyMatch(d -> d.relation().startsWith("nmod") && !d.relation().equals("nmod:poss")
                || d.relation().startsWith("acl") || d.relation().equals("appos"));
    }

    /**
     * The detainees the references of an article stand for; {@code courtOrCustody} says of a plural
     * reference ("they") whether a court or custody word happens to it, the only case where it is
     * taken to stand for several detainees. A group ("the two", "the pair") always is.
     */
    public List<PersonMention> resolve(AnnotatedArticle article, List<SentenceSyntax> syntaxes, List<PersonMention> names,
                                       Map<Integer, List<PhraseMatch>> references,
                                       java.util.function.Predicate<PhraseMatch> courtOrCustody) {
        List<PersonMention> detaineeNames = names.stream().filter(m -> detainees.contains(m.person()))
                .sorted(Comparator.comparingInt(PersonMention::sentence).thenComparingInt(PersonMention::start))
                .toList();
        String only = onlyDetainee(detaineeNames);
        List<PersonMention> sortedNames = names.stream().filter(m -> !m.reference())
                .sorted(Comparator.comparingInt(PersonMention::sentence).thenComparingInt(PersonMention::start)).toList();
        PronounGenders genders = PronounGenders.of(article, names);
        List<PersonMention> resolved = new ArrayList<>();
        Map<Integer, List<PhraseMatch>> all = new HashMap<>();
        references.forEach((sentence, refs) -> all.put(sentence, new ArrayList<>(refs)));
        for (PhraseMatch d : descriptions(article, syntaxes)) {
            List<PhraseMatch> refs = all.computeIfAbsent(d.sentence(), k -> new ArrayList<>());
            if ("group".equals(d.label())) {
                // "the detainees": the lexicon's "the detainee" read in the plural is the group
                refs.removeIf(r -> "description".equals(r.label()) && r.start() < d.end() && d.start() < r.end()
                        && endsInPlural(article, r));
            }
            // "the American woman": the listed "the American" is part of it, the noun heads it
            refs.removeIf(r -> "description".equals(r.label()) && "description".equals(d.label())
                    && r.start() >= d.start() && r.end() < d.end());
            if (refs.stream().noneMatch(r -> r.start() < d.end() && d.start() < r.end())) {
                refs.add(d);
            }
        }
        List<PhraseMatch> plurals = new ArrayList<>();
        new java.util.TreeMap<>(all).forEach((sentence, refs) -> {
            for (PhraseMatch ref : refs) {
                if ("plural".equals(ref.label()) || "group".equals(ref.label())) {
                    plurals.add(ref);
                    continue;
                }
                if ("description".equals(ref.label()) && endsInPlural(article, ref)) {
                    continue; // "the Russians who returned home" are not "the Russian" named before
                }
                if ("description".equals(ref.label()) && qualifiesAThing(syntaxes.get(sentence), ref)) {
                    continue; // "the Russian side", "the Russian army": no person
                }
                PersonMention named = "lead".equals(ref.label()) ? nameInApposition(sortedNames, syntaxes, ref) : null;
                if (named != null) {
                    // "sentenced a U.S. college student, Ann Lee, to 15 years": the lead is the name beside it
                    resolved.add(new PersonMention(article.article().id(), sentence, ref.start(), ref.end(),
                            anchor(ref), named.person(), ref.text(), true));
                    continue;
                }
                if (namesSomeoneElse(sortedNames, syntaxes, ref, resolved, genders)) {
                    continue;
                }
                if ("pronoun".equals(ref.label()) && anyoneBefore(syntaxes.get(sentence), ref)) {
                    continue; // "if they put someone on the list, we must find him": him is that someone
                }
                String person = "lead".equals(ref.label()) ? personTheLeadStandsFor(detaineeNames, syntaxes, sentence, ref)
                        : isKinship(ref) ? lastBefore(detaineeNames.stream()
                                .filter(m -> !m.person().equals(whoseRelative(sortedNames, syntaxes.get(sentence), ref))).toList(),
                                sentence, ref.start())
                        : isSubject(syntaxes.get(ref.sentence()), ref) && noneNamedBefore(detaineeNames, sentence, ref.start())
                            ? subjectBefore(syntaxes, detaineeNames, resolved, sentence)
                        : null;
                // "Two days after he was freed, Ann Lee flew home": the name the pronoun runs ahead of
                String ahead = "pronoun".equals(ref.label())
                        ? subjectOfTheMainClauseAfter(syntaxes.get(sentence), detaineeNames, ref) : null;
                if (ahead != null) {
                    resolved.add(new PersonMention(article.article().id(), sentence, ref.start(), ref.end(),
                            ref.end() - 1, ahead, ref.text(), true));
                    continue;
                }
                if (person == null && !"lead".equals(ref.label()) && !isKinship(ref)) {
                    person = lastBefore(namesAndReferences(detaineeNames, resolved), sentence, ref.start());
                }
                // "A Vietnamese American citizen serving ... was denied an appeal" after a caption that
                // named him: in an article about one detainee, a lead told after the name, as the subject, is that detainee
                // ("A court sentenced a Saudi American doctor ..."): as the one the verb acts on, likewise
                String leadRelation = syntaxes.get(sentence).relationToHead(ref.end() - 1);
                boolean leadTheVerbIsAbout = "lead".equals(ref.label())
                        && (leadRelation.startsWith("nsubj") || leadRelation.equals("obj"));
                if (person == null && (!"lead".equals(ref.label()) || leadTheVerbIsAbout)
                        && !(isKinship(ref) && only != null && only.equals(lastBefore(sortedNames, sentence, ref.start())))) {
                    person = only;
                }
                if (person == null && "pronoun".equals(ref.label()) && noneNamedBefore(detaineeNames, sentence, ref.start())) {
                    person = firstAgreeingAfter(detaineeNames, genders, ref); // "... since he was jailed. ... Tom Hale, 25, ..."
                }
                if (person != null && "pronoun".equals(ref.label()) && genders.contradicts(person, ref.text())) {
                    person = agreeingBefore(namesAndReferences(detaineeNames, resolved), sortedNames, genders, ref, person);
                }
                if (person != null && isTheSubjectsObject(syntaxes.get(sentence), names, ref, person)) {
                    person = null;
                }
                if (person != null && !overlapsName(names, sentence, ref)) {
                    resolved.add(new PersonMention(article.article().id(), sentence, ref.start(), ref.end(),
                            anchor(ref), person, ref.text(), true));
                }
            }
        });
        // "his father, X, was detained after visiting his jailed son. They were both sentenced":
        // the detainees a plural stands for are those named or referred to just before it
        List<PersonMention> named = new ArrayList<>(detaineeNames);
        named.addAll(resolved);
        Map<String, List<String>> members = membersOfGroups(syntaxes, names);
        // in reading order: "sentenced two Chileans ... after finding them guilty": the group before its pronoun
        plurals.sort(Comparator.comparingInt(PhraseMatch::sentence).thenComparingInt(PhraseMatch::start));
        for (PhraseMatch ref : plurals) {
            List<String> ofTheGroup = namedMembers(members, article, ref, detaineeNames);
            if (!ofTheGroup.isEmpty()) {
                List<PersonMention> mentions = mentionsOf(article, syntaxes, ref, ofTheGroup);
                resolved.addAll(mentions);
                named.addAll(mentions);
                continue;
            }
            if (spelledOutAfter(article, ref)) {
                continue; // "Two Americans -- A and B -- were freed": the names that follow, no one before
            }
            if (endsAChoice(syntaxes.get(ref.sentence()), ref)) {
                continue; // "ten years in prison, a fine or both": both of the penalties, no people
            }
            if (pluralNounOfItsOwnSentence(syntaxes.get(ref.sentence()), ref, names)) {
                continue; // "gives prisoners the chance ... when they are released": the prisoners, no one named
            }
            boolean group = "group".equals(ref.label()) && !othersThanNamed(article, ref)
                    && standsAlone(syntaxes.get(ref.sentence()), ref);
            if (group && twoOthersNamedBefore(sortedNames, ref)) {
                continue; // "A denied any ties to B, despite a call between the two": A and B, no detainees
            }
            if (group || courtOrCustody.test(ref)) {
                List<String> people = namedBefore(syntaxes, named, ref.sentence(), ref.start(), groupCount(ref) > 1, true);
                // "A British couple ...", or "the pair were released" before anyone is named: the two named next
                if (people.isEmpty() && group && !followedByOf(article, ref)) {
                    people = namedAfter(detaineeNames, ref.sentence(), ref.start());
                }
                // "an Israeli couple detained on Friday ... identified the couple as A and B": a pair counts two
                if (people.isEmpty() && group && groupCount(ref) > 1 && !followedByOf(article, ref)) {
                    people = countedOut(detaineeNames, ref.sentence(), ref.start(), groupCount(ref));
                }
                if (!countAgrees(ref, people.size())) {
                    continue; // "eight Russians came home" in return for the two named: others
                }
                people = ofTheGroupsNationality(article, syntaxes, ref, people, sortedNames);
                if (people.isEmpty()) {
                    continue; // "The Armenians were jailed", after two South Africans named: others
                }
                List<PersonMention> mentions = mentionsOf(article, syntaxes, ref, people);
                resolved.addAll(mentions);
                named.addAll(mentions); // "The couple were freed. They had been held since May": still the two
            }
        }
        return resolved;
    }

    /**
     * Before anyone's role is known: each lead description ("a Japanese journalist") told before
     * anyone is named, as a mention of the first person named after it who has no other role
     * (not the minister who speaks of them).
     */
    List<PersonMention> leadsOfNamedAfter(AnnotatedArticle article, List<SentenceSyntax> syntaxes, List<PersonMention> names,
                                          Map<Integer, List<PhraseMatch>> references, Set<String> otherRoleHolders) {
        List<PhraseMatch> leads = new ArrayList<>();
        references.values().forEach(refs -> refs.stream().filter(r -> "lead".equals(r.label())).forEach(leads::add));
        int firstNamed = names.stream().mapToInt(PersonMention::sentence).min().orElse(-1);
        if (firstNamed < 0) {
            return List.of();
        }
        // a lead comes before any name: the sentences after the first name hold none
        // (a few sentences more when the first name is in a caption or headline: see standsFor)
        descriptions(article, syntaxes.subList(0, Math.min(firstNamed + 1 + LOOKBACK_SENTENCES, syntaxes.size()))).stream()
                .filter(r -> "lead".equals(r.label())).forEach(leads::add);
        List<PersonMention> sorted = names.stream()
                .sorted(Comparator.comparingInt(PersonMention::sentence).thenComparingInt(PersonMention::start)).toList();
        List<PersonMention> found = new ArrayList<>();
        // "President Ann Lee flew out after securing a pardon for an American ...": someone named
        // before with a title of another role leaves the lead standing for the one named after
        List<PersonMention> maybeDetained = sorted.stream().filter(m -> !otherRoleHolders.contains(m.person())
                && !titledWithAnotherRole(syntaxes.get(m.sentence()), m)).toList();
        leads.sort(Comparator.comparingInt(PhraseMatch::sentence).thenComparingInt(PhraseMatch::start));
        for (PhraseMatch lead : leads) {
            if (toldAsAnother(syntaxes.get(lead.sentence()), lead)) {
                continue; // "A Turkish citizen was also arrested": one more, not the one named later
            }
            PersonMention named = nameInApposition(sorted, syntaxes, lead);
            if (named != null) {
                // "sentenced a U.S. college student, Ann Lee, to 15 years": the lead is the name beside it
                found.add(new PersonMention(article.article().id(), lead.sentence(), lead.start(), lead.end(),
                        lead.end() - 1, named.person(), lead.text(), true));
                continue;
            }
            boolean someoneNamedBefore = anyNamedBefore(maybeDetained, lead.sentence(), lead.start());
            Set<String> namedBefore = someoneNamedBefore ? Set.of() : sorted.stream().filter(m -> isBefore(m, lead.sentence(), lead.start()))
                    .map(PersonMention::person).collect(java.util.stream.Collectors.toSet());
            List<PersonMention> candidates = sorted.stream().filter(m -> !otherRoleHolders.contains(m.person())
                            && !namedBefore.contains(m.person())
                            && !namesAThing(syntaxes.get(m.sentence()), m)
                            && !titledWithAnotherRole(syntaxes.get(m.sentence()), m) && !tellsTheNews(syntaxes.get(m.sentence()), m)
                            && !titledWithAnotherOccupation(syntaxes.get(m.sentence()), m, lead)
                            && (m.sentence() > lead.sentence() || m.start() >= lead.end())
                            && (m.sentence() - lead.sentence() <= LOOKBACK_SENTENCES || namedWithTheLeadsNoun(syntaxes, m, lead)))
                    .toList();
            // "an Irish woman and a Scottish woman": two leads of one sentence are two people
            Set<String> takenBeside = found.stream().filter(f -> f.sentence() == lead.sentence() && f.start() != lead.start())
                    .map(PersonMention::person)
                    .collect(java.util.stream.Collectors.toSet());
            List<PersonMention> open = candidates.stream().filter(m -> !takenBeside.contains(m.person())).toList();
            standsFor(open, syntaxes, lead, someoneNamedBefore, sorted)
                    .ifPresent(m -> found.add(new PersonMention(article.article().id(), lead.sentence(), lead.start(), lead.end(),
                            lead.end() - 1, m.person(), lead.text(), true)));
        }
        return found;
    }

    /**
     * "An American journalist ... was arrested ... (six paragraphs on) identified them as U.S.
     * journalist Ann Lee": a name given with the lead's own noun is the one it stands for, however
     * late it comes.
     */
    private static boolean namedWithTheLeadsNoun(List<SentenceSyntax> syntaxes, PersonMention m, PhraseMatch lead) {
        String noun = syntaxes.get(lead.sentence()).token(lead.end() - 1).lemma().toLowerCase(java.util.Locale.ROOT);
        org.dossier.nlp.Sentence s = syntaxes.get(m.sentence()).sentence();
        if (s.tokens().stream().noneMatch(t -> t.lemma().equalsIgnoreCase(noun))) {
            return false; // the cheap test first: the noun is not in the sentence
        }
        return PeopleFinder.identityNouns(s, m.head()).stream()
                .anyMatch(n -> s.tokens().get(n).lemma().toLowerCase(java.util.Locale.ROOT).equals(noun));
    }

    /**
     * Before anyone's role is known: a group ("the couple", "the two men") told after the sentence
     * that names its members together, as a mention of each of them (none of those {@code left out}:
     * officials, lawyers), so that what happens to the group ("The couple were detained") tells
     * who was detained.
     */
    List<PersonMention> groupsOfNamedBefore(AnnotatedArticle article, List<SentenceSyntax> syntaxes, List<PersonMention> names,
                                            Map<Integer, List<PhraseMatch>> references, Set<String> leftOut) {
        List<PhraseMatch> groups = new ArrayList<>();
        references.values().forEach(refs -> refs.stream().filter(r -> "group".equals(r.label())).forEach(groups::add));
        descriptions(article, syntaxes).stream().filter(r -> "group".equals(r.label())).forEach(groups::add);
        List<PersonMention> candidates = names.stream().filter(m -> !leftOut.contains(m.person()))
                .filter(m -> !namesAThing(syntaxes.get(m.sentence()), m))
                .sorted(Comparator.comparingInt(PersonMention::sentence).thenComparingInt(PersonMention::start)).toList();
        List<PersonMention> found = new ArrayList<>();
        Map<String, List<String>> members = membersOfGroups(syntaxes, names);
        for (PhraseMatch group : groups) {
            List<String> ofTheGroup = namedMembers(members, article, group, candidates);
            if (!ofTheGroup.isEmpty()) {
                found.addAll(mentionsOf(article, syntaxes, group, ofTheGroup));
                continue;
            }
            // "..., said spokesperson Col. Ann Lee": who tells the news is none of the group
            List<String> listedNext = listedInTheNextNaming(candidates.stream()
                    .filter(m -> !saysSomething(syntaxes.get(m.sentence()), m)).toList(), group);
            if (!listedNext.isEmpty() && !othersThanNamed(article, group)) {
                found.addAll(mentionsOf(article, syntaxes, group, listedNext));
                continue;
            }
            if (isIndefinite(group) || othersThanNamed(article, group) || !standsAlone(syntaxes.get(group.sentence()), group)
                    || followedByOf(article, group) || overlapsName(names, group.sentence(), group)) {
                continue;
            }
            List<String> people = namedBefore(syntaxes, candidates, group.sentence(), group.start(), groupCount(group) > 1, false);
            if (people.size() < 2 || !countAgrees(group, people.size())) {
                continue;
            }
            found.addAll(mentionsOf(article, syntaxes, group, people));
        }
        return found;
    }

    /**
     * "Police detained three journalists on Monday. A and B of a US broadcaster and C, their
     * translator, were told to report ...": a counted group told before anyone is named is the
     * people the next sentence that names anyone names (one or two sentences on), when it names
     * exactly that many.
     */
    private static List<String> listedInTheNextNaming(List<PersonMention> candidates, PhraseMatch group) {
        int count = groupCount(group);
        int next = candidates.stream().filter(m -> !isBefore(m, group.sentence(), group.start()))
                .mapToInt(PersonMention::sentence).min().orElse(-1);
        return count < 2 || next < 0 || next - group.sentence() > 2 ? List.of()
                : namedAfterIfSoMany(candidates, group.sentence(), group.start(), next, count);
    }

    /** "his lawyer Zoya Brandt", "Ambassador Lee": a name right after a word of another role. */
    private boolean titledWithAnotherRole(SentenceSyntax syntax, PersonMention m) {
        return m.start() > 0 && otherRoles.contains(syntax.token(m.start() - 1).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** The nationality a lead description gives ("a Chinese-American detained in X": "chinese-american"), or null. */
    private static String nationalityOf(PhraseMatch lead) {
        Nationalities.Words words = Nationalities.Words.get();
        for (String w : lead.text().replace(" - ", "-").split("\\s+")) {
            if (words.isNationality(w)) {
                return w;
            }
        }
        return null;
    }

    /** The word right before a name, hyphenated parts joined ("Chinese - American Li Wen": "Chinese-American"). */
    /** "French national Theo Clerc", "British citizen Ann Lee": the word before the noun before the name. */
    private static String nationalityBeforeNoun(SentenceSyntax syntax, PersonMention m) {
        if (m.start() < 2 || !NATIONALS.contains(syntax.token(m.start() - 1).word().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        return syntax.token(m.start() - 2).word();
    }

    /**
     * "the Armenians": of the people a group noun of a nationality may stand for, those not named
     * with another nationality ("South African Nick du Toit").
     */
    private static List<String> ofTheGroupsNationality(AnnotatedArticle article, List<SentenceSyntax> syntaxes, PhraseMatch ref,
                                                       List<String> people, List<PersonMention> names) {
        String noun = article.sentences().get(ref.sentence()).tokens().get(ref.end() - 1).word();
        Nationalities.Words words = Nationalities.Words.get();
        String nationality = noun.endsWith("s") && words.isNationality(noun.substring(0, noun.length() - 1))
                ? noun.substring(0, noun.length() - 1) : null;
        if (nationality == null) {
            return people;
        }
        return people.stream().filter(p -> names.stream().filter(m -> m.person().equals(p)).noneMatch(m -> {
            String before = wordBefore(syntaxes.get(m.sentence()), m);
            return before != null && words.isNationality(before) && !before.equalsIgnoreCase(nationality);
        })).toList();
    }

    private static String wordBefore(SentenceSyntax syntax, PersonMention m) {
        if (m.start() == 0) {
            return null;
        }
        String before = PhraseMatcher.text(syntax.sentence().tokens(), Math.max(0, m.start() - 3), m.start()).replace(" - ", "-");
        return before.substring(before.lastIndexOf(' ') + 1);
    }

    /** The subject of an active verb of saying ("said Ann Lee"), not one who is told something ("were told to report"). */
    private static boolean saysSomething(SentenceSyntax syntax, PersonMention m) {
        return tellsTheNews(syntax, m) && syntax.relationToHead(m.head()).equals("nsubj")
                && syntax.children(syntax.head(m.head()), "aux:pass").isEmpty()
                || saidRightBefore(syntax, m);
    }

    /** "'He is innocent,' said Rao": the speaker named right after "said", whatever the parser hung him on. */
    private static boolean saidRightBefore(SentenceSyntax syntax, PersonMention m) {
        return !m.reference() && m.start() > 1 && syntax.token(m.start() - 1).lemma().equalsIgnoreCase("say")
                && syntax.token(m.start() - 1).pos().matches("VBD|VBZ")
                && syntax.token(m.start() - 2).word().matches(",|''|\"|”"); // not "Officials said Ann Lee was arrested"
    }

    /**
     * "The wife of a citizen sentenced to eight years ... Ann Lee told reporters that ...": the
     * one who tells the news is a source, not the person the lead describes.
     */
    private static boolean tellsTheNews(SentenceSyntax syntax, PersonMention m) {
        if (m.head() < 0 || m.head() >= syntax.size() || !syntax.relationToHead(m.head()).startsWith("nsubj")) {
            return false;
        }
        int verb = syntax.head(m.head());
        return verb >= 0 && SpeechVerbs.says(syntax.token(verb));
    }

    /**
     * "the Obama administration", "the Navalny case": a name that only qualifies a thing is no one
     * in the story; nor is a thing's own name ("a teddy bear Ali", "the tanker Grace"), told right
     * after a noun for something that is no person.
     */
    private static final Set<String> NAME_ON_A_NOUN = Set.of("dep", "appos", "compound");

    private static boolean namesAThing(SentenceSyntax syntax, PersonMention m) {
        if (m.head() < 0 || m.head() >= syntax.size()) {
            return false;
        }
        int nounBefore = m.start() - 1;
        boolean joined = nounBefore >= 0 && (syntax.head(nounBefore) == m.head() && syntax.relationToHead(nounBefore).equals("compound")
                || syntax.head(m.head()) == nounBefore && NAME_ON_A_NOUN.contains(syntax.relationToHead(m.head())));
        if (joined) {
            org.dossier.nlp.Token before = syntax.token(nounBefore);
            if (before.pos().equals("NN") && !PersonNouns.isPersonNoun(before) && !Nationalities.Words.get().isTitle(before.word())) {
                return true;
            }
        }
        if (!syntax.relationToHead(m.head()).equals("compound")) {
            return false;
        }
        int governor = syntax.head(m.head());
        return governor >= 0 && syntax.token(governor).pos().startsWith("NN") && !syntax.token(governor).pos().startsWith("NNP");
    }

    /**
     * "A court sentenced an American journalist ... Ann Lee, 32, ...": a news lead describes the
     * person before naming them, and stands for a detainee named after it (see {@link #standsFor}).
     */
    private String personTheLeadStandsFor(List<PersonMention> mentions, List<SentenceSyntax> syntaxes, int sentence,
                                          PhraseMatch lead) {
        if (toldAsAnother(syntaxes.get(sentence), lead)) {
            return null; // "A Turkish citizen was also arrested": one more, not the one named later
        }
        // one named with the lead's nationality may come a little further on ("French national X")
        List<PersonMention> after = mentions.stream().filter(m -> m.sentence() - sentence <= 2 * LOOKBACK_SENTENCES)
                .filter(m -> !isBefore(m, sentence, lead.start()))
                .filter(m -> !titledWithAnotherRole(syntaxes.get(m.sentence()), m))
                .filter(m -> !titledWithAnotherOccupation(syntaxes.get(m.sentence()), m, lead)).toList();
        return standsFor(after, syntaxes, lead, anyNamedBefore(mentions, sentence, lead.start()), mentions)
                .map(PersonMention::person).orElse(null);
    }

    /** "A Turkish citizen was also arrested": the lead's verb says it happened to someone besides. */
    private static boolean toldAsAnother(SentenceSyntax syntax, PhraseMatch lead) {
        int verb = syntax.head(lead.end() - 1);
        return verb >= 0 && syntax.children(verb, "advmod").stream()
                .anyMatch(a -> ALSO.contains(syntax.token(a).word().toLowerCase(java.util.Locale.ROOT)));
    }

    private static final Set<String> ALSO = Set.of("also", "too", "likewise");

    /** Nouns any person may be called, whatever their work: a lead with one may stand for a "Teacher X". */
    private static final Set<String> ANYONE = Set.of("man", "woman", "men", "women", "national", "citizen", "person",
            "resident", "native", "couple", "boy", "girl", "teenager", "youth", "individual", "tourist", "traveller",
            "traveler", "visitor", "father", "mother", "son", "daughter", "husband", "wife", "pair", "duo", "one");

    /**
     * "A Turkish-American scientist imprisoned in Turkey ... Journalist Ann Lee reported that ...":
     * someone titled with another occupation than the lead's is not the one it describes.
     */
    private static boolean titledWithAnotherOccupation(SentenceSyntax syntax, PersonMention m, PhraseMatch lead) {
        String[] words = lead.text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        String noun = words[words.length - 1];
        // the title before the name, or the title itself taken as a mention of the one it names
        int at = m.reference() && m.end() - m.start() == 1 ? m.start() : m.start() - 1;
        if (at < 0 || ANYONE.contains(noun)) {
            return false;
        }
        org.dossier.nlp.Token title = syntax.token(at);
        String lemma = title.lemma().toLowerCase(java.util.Locale.ROOT);
        // a common noun, or one the tagger took for a name as the sentence's first word ("Journalist Ann Lee")
        boolean commonNoun = title.pos().startsWith("NN") && (!title.pos().startsWith("NNP") || at == 0);
        return commonNoun && !ANYONE.contains(lemma) && !lemma.equals(noun) && !noun.startsWith(lemma) && PersonNouns.isPerson(lemma);
    }

    /**
     * Of the people named after a lead, the one it stands for: the first named with its
     * nationality, else the first. When someone is named before it (a caption, a headline), only
     * one its nationality picks out, and none when a name of its own sentence comes before it
     * ("Ann Lee, a Moroccan student": a description of that name, no lead).
     */
    private static java.util.Optional<PersonMention> standsFor(List<PersonMention> after, List<SentenceSyntax> syntaxes,
                                                               PhraseMatch lead, boolean someoneNamedBefore,
                                                               List<PersonMention> allNamed) {
        // "A court sentenced a US man ... [another case told] ... It sentenced a man named Tom Ash": the
        // one the article introduces by name is the one the lead stood for
        Optional<PersonMention> introduced = after.stream().filter(m -> introducedByName(syntaxes.get(m.sentence()), m)).findFirst();
        if (introduced.isPresent()) {
            return introduced;
        }
        // "Ann Lee, a Moroccan student", not "President X has pardoned 175 convicts, including a French national"
        boolean describesANameBefore = allNamed.stream().anyMatch(m -> m.sentence() == lead.sentence() && m.start() < lead.start()
                && (lead.start() - m.end() <= 1 || syntaxes.get(lead.sentence()).head(lead.end() - 1) == m.head()));
        if (describesANameBefore && someoneNamedBefore) {
            return java.util.Optional.empty();
        }
        // "Academic Ann Lee Sentenced" (headline) ... "sentenced an academic ... Ann Lee": the one
        // the article calls by the lead's own noun is the one the lead stands for
        // ("a German citizen ... British citizen X": another nationality, another person)
        String noun = lead.text().substring(lead.text().lastIndexOf(' ') + 1);
        Optional<PersonMention> calledSo = after.stream().filter(m -> allNamed.stream().anyMatch(n -> n.person().equals(m.person())
                && noun.equalsIgnoreCase(wordBefore(syntaxes.get(n.sentence()), n))
                && !ofAnotherNationality(nationalityBeforeNoun(syntaxes.get(n.sentence()), n), nationalityOf(lead)))).findFirst();
        if (calledSo.isPresent()) {
            return calledSo;
        }
        return someoneNamedBefore ? withTheLeadsNationality(after, syntaxes, lead) : firstWithTheLeadsNationality(after, syntaxes, lead);
    }

    /**
     * "A Chinese-American detained in Iran ... Iranian Ann Lee and Chinese-American Li Wen": of the
     * people named after a lead, the first named with the lead's own nationality, else the first.
     */
    private static java.util.Optional<PersonMention> firstWithTheLeadsNationality(List<PersonMention> named,
                                                                              List<SentenceSyntax> syntaxes, PhraseMatch lead) {
        return withTheLeadsNationality(named, syntaxes, lead)
                .or(() -> named.stream().filter(m -> m.sentence() - lead.sentence() <= LOOKBACK_SENTENCES).findFirst());
    }

    /** Two nationality words that name different peoples ("German", "British-Iranian"); false when either is missing. */
    private static boolean ofAnotherNationality(String theirs, String leads) {
        if (theirs == null || leads == null || !Nationalities.Words.get().isNationality(theirs)) {
            return false;
        }
        String a = theirs.toLowerCase(java.util.Locale.ROOT);
        String b = leads.toLowerCase(java.util.Locale.ROOT);
        return !a.contains(b) && !b.contains(a);
    }

    /** Of the people named after a lead, the first named with the lead's own nationality, if any. */
    private static java.util.Optional<PersonMention> withTheLeadsNationality(List<PersonMention> named,
                                                                         List<SentenceSyntax> syntaxes, PhraseMatch lead) {
        String nationality = nationalityOf(lead);
        return named.stream().filter(m -> nationality != null && (nationality.equalsIgnoreCase(wordBefore(syntaxes.get(m.sentence()), m))
                        || nationality.equalsIgnoreCase(nationalityBeforeNoun(syntaxes.get(m.sentence()), m))
                        || fromTheLeadsCountry(syntaxes.get(m.sentence()), m, nationality)))
                .findFirst();
    }

    /** "Ann Lee, from Ireland," for "an Irish woman": the country the person is said to come from is the lead's. */
    private static boolean fromTheLeadsCountry(SentenceSyntax syntax, PersonMention m, String nationality) {
        String country = Demonyms.countryOf(nationality);
        if (country == null) {
            return false;
        }
        String after = PhraseMatcher.text(syntax.sentence().tokens(), m.end(), Math.min(syntax.size(), m.end() + 5));
        return after.matches("(?i)^,?\\s*from (the )?" + java.util.regex.Pattern.quote(country) + "\\b.*");
    }

    /** "the two French nationals": the group's phrase is headed by the noun its number counts. */
    private static int nounCounted(SentenceSyntax syntax, int token) {
        int governor = syntax.head(token);
        return syntax.relationToHead(token).equals("nummod") && governor > token ? governor : token;
    }

    /** "the two others", "the two other Americans": a group besides the people named. */
    private static boolean othersThanNamed(AnnotatedArticle article, PhraseMatch ref) {
        List<org.dossier.nlp.Token> tokens = article.sentences().get(ref.sentence()).tokens();
        for (int i = ref.start(); i <= ref.end() && i < tokens.size(); i++) {
            if (tokens.get(i).lemma().equalsIgnoreCase("other")) {
                return true; // "the two others", "two other journalists"
            }
        }
        return false;
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she");

    /** "He", "she" as the subject of its sentence's main clause. */
    private static boolean isSubject(SentenceSyntax syntax, PhraseMatch ref) {
        if (!"pronoun".equals(ref.label()) || !SUBJECT_PRONOUNS.contains(ref.text().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        return isMainSubject(syntax, ref.start());
    }

    /**
     * A reference that is someone else who is not detained: a relative named right after
     * ("Their son Jon Ray, ...") or a pronoun going on from a non-detainee who speaks, named as the
     * subject of the sentence before with no detainee named there ("Jon Ray told reporters on
     * Monday. He said ...").
     */
    private boolean namesSomeoneElse(List<PersonMention> names, List<SentenceSyntax> syntaxes, PhraseMatch ref,
                                     List<PersonMention> resolved, PronounGenders genders) {
        int sentence = ref.sentence();
        if (resolved.stream().anyMatch(r -> r.sentence() == sentence && r.start() < ref.start())) {
            return false; // "he added that he would lobby for his father's return so he can be treated"
        }
        if ("description".equals(ref.label())) {
            return names.stream().anyMatch(n -> n.sentence() == sentence && !detainees.contains(n.person())
                    && (n.start() == ref.end() || n.start() == ref.end() + 1
                        && syntaxes.get(sentence).token(ref.end()).word().equals(",")));
        }
        String pronoun = ref.text().toLowerCase(java.util.Locale.ROOT);
        if (!"pronoun".equals(ref.label()) || !SUBJECT_PRONOUNS.contains(pronoun) && !pronoun.equals("his") && !pronoun.equals("her")) {
            return false;
        }
        List<org.dossier.nlp.Token> tokens = syntaxes.get(sentence).sentence().tokens();
        if (!SUBJECT_PRONOUNS.contains(pronoun) && ref.end() < tokens.size()
                && otherRoles.contains(tokens.get(ref.end()).lemma().toLowerCase(java.util.Locale.ROOT))) {
            return false; // "Jon Ray said his wife has to wear a tag": the wife is the one told of
        }
        // within the speaker's own sentence "he" may be either ("X said he had a call with his mother",
        // "X said he has lost weight"): only a sentence that opens with the pronoun goes on from the speaker
        if (sentence == 0 || names.stream().anyMatch(n -> n.sentence() == sentence && n.start() < ref.start())) {
            return false;
        }
        List<PersonMention> before = names.stream().filter(n -> n.sentence() == sentence - 1).toList();
        if (before.isEmpty() || before.stream().anyMatch(n -> detainees.contains(n.person()))) {
            return false;
        }
        PersonMention last = before.get(before.size() - 1);
        if (genders.contradicts(last.person(), pronoun)) {
            return false; // "His sister Ana Ruiz said ... 'He is ill,' she said": not the sister
        }
        SentenceSyntax syntax = syntaxes.get(last.sentence());
        int named = last.head();
        String relation = syntax.relationToHead(named);
        boolean besideSubject = relation.equals("appos") || relation.equals("dep") || relation.equals("compound");
        return isMainSubject(syntax, named) || besideSubject && syntax.head(named) >= 0 && isMainSubject(syntax, syntax.head(named));
    }

    /**
     * "Seven years after she was imprisoned in X, Ann Lee is to be freed": a pronoun in a clause
     * put before the main one stands for the detainee named as the main clause's subject after it;
     * null if there is none.
     */
    private static String subjectOfTheMainClauseAfter(SentenceSyntax syntax, List<PersonMention> names,
                                                      PhraseMatch pronoun) {
        int clause = syntax.head(pronoun.start());
        // the parser sometimes takes such a clause, opened by "after" or "when", for a subject
        boolean before = clause >= 0 && (syntax.relationToHead(clause).startsWith("advcl")
                || syntax.relationToHead(clause).startsWith("csubj") && !syntax.children(clause, "mark").isEmpty());
        if (!before) {
            return null;
        }
        List<Integer> above = syntax.governingChain(clause);
        for (PersonMention m : names) {
            if (m.sentence() != syntax.sentence().index() || m.reference() || m.start() < pronoun.end()) {
                continue;
            }
            // the name is the subject of a verb the clause hangs from ("... , Ann Lee is to be freed")
            int verb = syntax.head(m.head());
            if (syntax.relationToHead(m.head()).startsWith("nsubj") && verb >= 0 && above.contains(verb)) {
                return m.person();
            }
        }
        return null;
    }

    /** The detainees named and those referred to so far, in the order of the text. */
    private static List<PersonMention> namesAndReferences(List<PersonMention> names, List<PersonMention> resolved) {
        List<PersonMention> all = new ArrayList<>(names);
        all.addAll(resolved);
        all.sort(Comparator.comparingInt(PersonMention::sentence).thenComparingInt(PersonMention::start));
        return all;
    }

    private static boolean noneNamedBefore(List<PersonMention> names, int sentence, int token) {
        return names.stream().noneMatch(m -> m.sentence() == sentence && m.start() < token);
    }

    /**
     * "Lee had advised Kim, who was detained in May. He has been held since June": a pronoun
     * that is the subject of its sentence goes on from the subject of the sentence before, when
     * that is a detainee (named or referred to), rather than from whoever was named last.
     */
    private static String subjectBefore(List<SentenceSyntax> syntaxes, List<PersonMention> names,
                                        List<PersonMention> resolved, int sentence) {
        if (sentence == 0) {
            return null;
        }
        SentenceSyntax before = syntaxes.get(sentence - 1);
        java.util.stream.Stream<PersonMention> candidates = java.util.stream.Stream.concat(names.stream(), resolved.stream());
        return candidates.filter(m -> m.sentence() == sentence - 1 && isMainSubject(before, m.head()))
                .map(PersonMention::person).findFirst().orElse(null);
    }

    private static boolean isMainSubject(SentenceSyntax syntax, int token) {
        int verb = syntax.head(token);
        return syntax.relationToHead(token).startsWith("nsubj") && verb >= 0 && syntax.head(verb) < 0;
    }

    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their");

    /**
     * Whose relative "her husband" is: the subject of the sentence named before it ("Ann Lee,
     * Tom's wife, confirmed her husband had been freed": Ann Lee's), else the person named last.
     */
    private static String whoseRelative(List<PersonMention> names, SentenceSyntax syntax, PhraseMatch ref) {
        return names.stream().filter(n -> n.sentence() == ref.sentence() && n.start() < ref.start()
                        && isMainSubject(syntax, n.head()))
                .map(PersonMention::person).findFirst()
                .orElseGet(() -> lastBefore(names, ref.sentence(), ref.start()));
    }

    /** "his client": a possessive description of the detainee that names no relative or office. */
    boolean isClientLike(PhraseMatch ref) {
        String noun = possessedNoun(ref);
        return noun != null && !otherRoles.contains(noun);
    }

    /**
     * "his son", "her husband": a relative of the person named last, so never that person
     * ("Jan Novak's employer said ... his son's arrest": the son, not Jan Novak). "His client" is
     * no relative: the lawyer's client is the person the lawyer was named for.
     */
    private boolean isKinship(PhraseMatch ref) {
        String noun = possessedNoun(ref);
        return noun != null && otherRoles.contains(noun);
    }

    /** "son" of the description "his son", or null for a description with no possessive before its noun. */
    private static String possessedNoun(PhraseMatch ref) {
        String[] words = ref.text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        boolean possessive = "description".equals(ref.label()) && words.length > 1 && POSSESSIVES.contains(words[0]);
        return possessive ? words[words.length - 1] : null;
    }

    /** The name set off by a comma right after a description ("a college student, Ann Lee,"), or null. */
    private static PersonMention nameInApposition(List<PersonMention> names, List<SentenceSyntax> syntaxes, PhraseMatch ref) {
        int sentence = ref.sentence();
        List<org.dossier.nlp.Token> tokens = syntaxes.get(sentence).sentence().tokens();
        int named = nameGivenAfter(tokens, ref.end());
        if (named > ref.end()) {
            // "sentenced a man named Ann Lee", "a woman identified as Ann Lee": the name is the lead's
            return names.stream().filter(n -> n.sentence() == sentence && n.start() == named).findFirst().orElse(null);
        }
        if (ref.end() >= tokens.size() || !tokens.get(ref.end()).word().equals(",")) {
            return null;
        }
        return names.stream().filter(n -> n.sentence() == sentence && n.start() == ref.end() + 1
                && n.end() < tokens.size() && tokens.get(n.end()).word().equals(",")).findFirst().orElse(null);
    }

    /** "a man named Tom Ash", "a woman identified as Ann Lee": a name given to a person noun right before it. */
    private static boolean introducedByName(SentenceSyntax syntax, PersonMention m) {
        List<org.dossier.nlp.Token> tokens = syntax.sentence().tokens();
        for (int at = Math.max(0, m.start() - 2); at < m.start(); at++) {
            if (nameGivenAfter(tokens, at) == m.start() && at > 0 && tokens.get(at - 1).pos().startsWith("NN")) {
                return true;
            }
        }
        return false;
    }

    /** Where a name given to the words before {@code at} begins ("named X", "called X", "identified as X"), or -1. */
    private static int nameGivenAfter(List<org.dossier.nlp.Token> tokens, int at) {
        if (at + 1 >= tokens.size()) {
            return -1;
        }
        String word = tokens.get(at).word().toLowerCase(java.util.Locale.ROOT);
        if (word.equals("named") || word.equals("called")) {
            return at + 1;
        }
        return word.equals("identified") && tokens.get(at + 1).word().equalsIgnoreCase("as") ? at + 2 : -1;
    }

    /** The reference's last word, unless it was found to stand where the words it qualifies are. */
    private static int anchor(PhraseMatch ref) {
        return ref.head() >= ref.end() ? ref.head() : ref.end() - 1;
    }

    /** Relations of what a verb acts on, or where and with whom it is done. */
    private static final Set<String> ACTED_ON = Set.of("obj", "iobj", "obl");

    /**
     * "Jan Novak had met a young woman at the hotel": what a verb acts on is someone other than its
     * subject, unless the words say so ("himself").
     */
    private static boolean isTheSubjectsObject(SentenceSyntax syntax, List<PersonMention> names, PhraseMatch ref, String person) {
        int head = anchor(ref);
        String relation = syntax.relationToHead(head);
        if (!ACTED_ON.contains(relation.split(":")[0]) || ref.text().toLowerCase(java.util.Locale.ROOT).endsWith("self")) {
            return false;
        }
        int verb = syntax.head(head);
        return names.stream().anyMatch(n -> n.sentence() == ref.sentence() && n.person().equals(person) && !n.reference()
                && syntax.head(n.head()) == verb && syntax.relationToHead(n.head()).equals("nsubj"));
    }

    private static boolean overlapsName(List<PersonMention> names, int sentence, PhraseMatch ref) {
        return names.stream().anyMatch(n -> n.sentence() == sentence && n.start() < ref.end() && ref.start() < n.end());
    }

    /**
     * "Novak and Weld have been held since 2018. They were charged in June": the detainees the
     * clause before in the same sentence, or else the last sentence before that names any, names,
     * when it names two or more ("Novak and Weld were held in May. The trial is set for June. They
     * deny the charges": a sentence naming no one leaves the group in view, and so does one telling
     * of a member alone: "Novak and Weld were held in May. Weld is ill. They ..."). A counted group
     * ("the two tourists") keeps them in view however often one of them is told of alone since.
     * A sentence that names someone and a relative or lawyer of theirs ("Tom Ash tried to see his
     * brother Sam") names no group and is passed over.
     */
    private List<String> namedBefore(List<SentenceSyntax> syntaxes, List<PersonMention> mentions, int sentence, int token,
                                     boolean counted, boolean detaineesToldAfter) {
        List<String> here = mentions.stream().filter(m -> m.sentence() == sentence && m.start() < token)
                .map(PersonMention::person).distinct().toList();
        if (here.size() >= 2) {
            return here;
        }
        Set<String> toldOfAlone = new java.util.HashSet<>(here);
        int naming = 0;
        for (int before = sentence - 1; before >= 0 && (counted || naming < LOOKBACK_SENTENCES) && sentence - before <= GROUP_IN_VIEW; before--) {
            int b = before;
            List<PersonMention> there = toldOf(syntaxes.get(b), mentions.stream().filter(m -> m.sentence() == b).toList());
            if (namesSomeoneOfAnother(syntaxes.get(b), there) || !there.isEmpty()
                    && there.stream().allMatch(m -> namedAsAThingsOwners(syntaxes.get(b), m))) {
                continue;
            }
            List<String> people = there.stream().map(PersonMention::person).distinct().toList();
            if (people.size() >= 2) {
                if (people.containsAll(toldOfAlone)) {
                    return people;
                }
                // "A and B were captured in April. C, a student, was also convicted. The men face
                // execution": detainees told of one by one after the pair are of the group too
                return detaineesToldAfter ? java.util.stream.Stream.concat(people.stream(), toldOfAlone.stream()).distinct().toList() : List.of();
            }
            toldOfAlone.addAll(people);
            naming += people.isEmpty() ? 0 : 1;
        }
        return List.of();
    }

    private static final Set<String> INDEFINITE_PEOPLE = Set.of("someone", "somebody", "anyone", "anybody", "whoever");

    /** An indefinite "someone" earlier in the sentence, which a pronoun after it stands for. */
    private static boolean anyoneBefore(SentenceSyntax syntax, PhraseMatch ref) {
        for (int i = 0; i < ref.start(); i++) {
            if (INDEFINITE_PEOPLE.contains(syntax.token(i).word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The people a sentence tells of, its speakers left out when anyone else is named ("'My son is
     * innocent,' said Rao, denying that Prashant is a spy": Prashant).
     */
    private static List<PersonMention> toldOf(SentenceSyntax syntax, List<PersonMention> there) {
        List<PersonMention> others = there.stream().filter(m -> !saysSomething(syntax, m)).toList();
        return others.isEmpty() ? there : others;
    }

    /**
     * "The bodies of Nancy and Derek Lee were found": people named as the owners of a thing (no
     * custody word), not as the ones anything is told of.
     */
    private boolean namedAsAThingsOwners(SentenceSyntax syntax, PersonMention m) {
        int first = m.head();
        while (first >= 0 && syntax.relationToHead(first).startsWith("conj")) {
            first = syntax.head(first);
        }
        if (first < 0 || !syntax.relationToHead(first).equals("nmod:of")) {
            return false;
        }
        int thing = syntax.head(first);
        return thing >= 0 && syntax.token(thing).pos().matches("NNS?") && !isCustodyWord(syntax, thing)
                && !PersonNouns.isPersonNoun(syntax.token(thing));
    }

    /**
     * "Tom Ash tried to see his brother Sam", "Tom Ash told his lawyer Ann Lee": two people, one
     * named as the relative or lawyer of the other, not joined as one subject or object ("Tom Ash
     * and his wife Ann were detained" are two named together).
     */
    private boolean namesSomeoneOfAnother(SentenceSyntax syntax, List<PersonMention> there) {
        if (there.stream().map(PersonMention::person).distinct().count() != 2) {
            return false;
        }
        for (PersonMention m : there) {
            if (m.reference() || m.start() < 2) {
                continue;
            }
            String role = syntax.token(m.start() - 1).word().toLowerCase(java.util.Locale.ROOT);
            String owner = syntax.token(m.start() - 2).word().toLowerCase(java.util.Locale.ROOT);
            boolean joined = syntax.relationToHead(m.head()).startsWith("conj")
                    || there.stream().anyMatch(o -> o != m && syntax.head(o.head()) == m.head()
                            && syntax.relationToHead(o.head()).startsWith("conj"));
            if (otherRoles.contains(role) && POSSESSIVES.contains(owner) && !joined) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyNamedBefore(List<PersonMention> mentions, int sentence, int token) {
        return mentions.stream().anyMatch(m -> isBefore(m, sentence, token));
    }

    private static boolean isBefore(PersonMention m, int sentence, int token) {
        return m.sentence() < sentence || m.sentence() == sentence && m.start() < token;
    }

    /**
     * "A British couple were freed on Monday. Ann and Tom Lee ...": the first two or more detainees
     * named together after a lead. One name later in the lead's own sentence ("arrested over the
     * killing of President X") is someone the group is told beside, not the group.
     */
    private static List<String> namedAfter(List<PersonMention> mentions, int sentence, int token) {
        if (anyNamedBefore(mentions, sentence, token)) {
            return List.of();
        }
        for (int after = sentence; after - sentence <= LOOKBACK_SENTENCES; after++) {
            int a = after;
            List<String> people = mentions.stream().filter(m -> m.sentence() == a && (a > sentence || m.start() > token))
                    .map(PersonMention::person).distinct().toList();
            if (people.size() >= 2) {
                return people;
            }
            if (people.size() == 1 && a > sentence) {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * "Three Americans were freed. ... The first, Ann Lee, ... The other two, Tom Ash and Bo Lin,
     * ...": a counted group told before anyone is named is the first that many detainees named
     * after it, one by one, when exactly that many are named in the sentences that follow.
     */
    private static List<String> countedOut(List<PersonMention> mentions, int sentence, int token, int count) {
        return namedAfterIfSoMany(mentions, sentence, token, sentence + GROUP_IN_VIEW, count);
    }

    /**
     * The people named after a counted group that no one is named before, up to sentence {@code last},
     * when there are exactly {@code count} of them; none otherwise.
     */
    private static List<String> namedAfterIfSoMany(List<PersonMention> mentions, int sentence, int token, int last, int count) {
        if (anyNamedBefore(mentions, sentence, token)) {
            return List.of();
        }
        List<String> people = mentions.stream().filter(m -> !isBefore(m, sentence, token) && m.sentence() <= last)
                .map(PersonMention::person).distinct().toList();
        return people.size() == count ? people : List.of();
    }

    /** The description's nationality qualifies a noun after it that names no person ("the Russian side"). */
    private static boolean qualifiesAThing(SentenceSyntax syntax, PhraseMatch ref) {
        int last = ref.end() - 1;
        int head = syntax.head(last);
        String relation = syntax.relationToHead(last);
        return head > last && (relation.equals("amod") || relation.equals("compound"))
                && Nationalities.Words.get().isNationality(syntax.token(last).word().toLowerCase(java.util.Locale.ROOT))
                && syntax.token(head).pos().startsWith("NN") && !PersonNouns.isPerson(syntax.token(head).lemma());
    }

    private static boolean endsInPlural(AnnotatedArticle article, PhraseMatch ref) {
        String pos = article.sentences().get(ref.sentence()).tokens().get(ref.end() - 1).pos();
        return pos.equals("NNS") || pos.equals("NNPS");
    }

    /** "a couple of weeks", "two of the ships" are no group of people ("four engineers of a firm" are). */
    /** Names follow the group right away, set off by a dash, a colon or a bracket ("two Americans -- A and B --"). */
    private static boolean spelledOutAfter(AnnotatedArticle article, PhraseMatch ref) {
        List<org.dossier.nlp.Token> tokens = article.sentences().get(ref.sentence()).tokens();
        if (ref.end() >= tokens.size() || !(NamesAndLists.ASIDE_OPENERS.contains(tokens.get(ref.end()).word())
                || tokens.get(ref.end()).word().equals(":"))) {
            return false;
        }
        for (int i = ref.end() + 1; i < Math.min(tokens.size(), ref.end() + 6); i++) {
            if ("PERSON".equals(tokens.get(i).ner())) {
                return true;
            }
        }
        return false;
    }

    private static boolean followedByOf(AnnotatedArticle article, PhraseMatch ref) {
        List<org.dossier.nlp.Token> tokens = article.sentences().get(ref.sentence()).tokens();
        return ref.end() < tokens.size() && tokens.get(ref.end()).lemma().equalsIgnoreCase("of") && !endsInPlural(article, ref);
    }

    private static boolean isIndefinite(PhraseMatch ref) {
        String first = ref.text().toLowerCase(java.util.Locale.ROOT).split("\\s+")[0];
        return first.equals("a") || first.equals("an") || count(first) >= 0;
    }

    /** A counted group ("three Americans") stands for as many people as it counts. */
    private static boolean countAgrees(PhraseMatch ref, int people) {
        int count = groupCount(ref);
        return count < 0 || count == people;
    }

    /** How many a group counts ("the two", "all three", "the pair"), or -1. */
    private static int groupCount(PhraseMatch ref) {
        int count = count(ref.label2());
        for (String word : ref.text().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            count = count >= 0 ? count : count(word); // "the two", "all three" from the lexicon
        }
        return count;
    }

    /**
     * The people the article names as one of a group, by the group's noun: "one of the men, Ann
     * Lee", "Ann Lee, one of the two marines", "Tom Ash was one of the six detained men". What
     * the article tells of that group ("the men were freed") it tells of each member named.
     */
    private Map<String, List<String>> membersOfGroups(List<SentenceSyntax> syntaxes, List<PersonMention> names) {
        Map<String, List<String>> members = new HashMap<>();
        Nationalities.Words words = Nationalities.Words.get();
        for (SentenceSyntax syntax : syntaxes) {
            List<org.dossier.nlp.Token> t = syntax.sentence().tokens();
            for (int i = 0; i + 2 < t.size(); i++) {
                int many = count(t.get(i).word().toLowerCase(java.util.Locale.ROOT));
                boolean of = t.get(i + 1).word().equalsIgnoreCase("of");
                if (t.get(i).word().equalsIgnoreCase("one") && of) {
                    // "one of the six men", or "one of them" / "one of the eight" for the people told before
                    int noun = groupNounAfter(syntax, i + 2, words);
                    int groupWordsEnd = noun >= 0 ? noun : standsForAGroupBefore(t, i + 2);
                    String group = noun >= 0 ? t.get(noun).lemma().toLowerCase(java.util.Locale.ROOT)
                            : groupWordsEnd >= 0 ? lastGroupNounBefore(syntaxes, syntax.sentence().index(), i, words) : null;
                    String member = group == null ? null : memberNamed(syntax, names, i, groupWordsEnd);
                    addMembers(members, group, member == null ? List.of() : List.of(member));
                } else if (t.get(i).word().equalsIgnoreCase("among") && THEM.contains(t.get(i + 1).word().toLowerCase(java.util.Locale.ROOT))) {
                    String group = lastGroupNounBefore(syntaxes, syntax.sentence().index(), i, words);
                    String member = group == null ? null : nameRightAfter(syntax, names, i + 2);
                    addMembers(members, group, member == null ? List.of() : List.of(member));
                } else if (many >= 2) {
                    // "Four of the men have been named as A, B, C and D": so many of the group, each named after;
                    // "Six Turkish sailors returned home. A, B, C, D, E and F flew from ...": a counted group
                    // whose members the next sentence opens by naming; "the three nationals, A, B and C,
                    // together with the two Peruvians, D and E": the list set off right after the noun
                    boolean definite = !of && i > 0 && t.get(i - 1).word().equalsIgnoreCase("the");
                    int noun = groupNounAfter(syntax, of ? i + 2 : i + 1, words);
                    List<String> named = noun < 0 ? List.of()
                            : of ? personsNamedAfter(syntax, names, noun)
                            : definite ? listedRightAfter(syntax, names, noun) : namedOpeningTheNext(syntaxes, syntax, names);
                    if (named.size() == many) {
                        addMembers(members, t.get(noun).lemma().toLowerCase(java.util.Locale.ROOT), named);
                    }
                }
            }
        }
        return members;
    }

    private static final Set<String> THEM = Set.of("them", "those", "whom");

    private static void addMembers(Map<String, List<String>> members, String group, List<String> named) {
        if (group == null || named.isEmpty()) {
            return;
        }
        List<String> of = members.computeIfAbsent(group, k -> new ArrayList<>());
        named.stream().filter(p -> !of.contains(p)).forEach(of::add);
    }

    /** The people the sentence after this one names, when it opens with a name ("A, B and C flew from ..."); else none. */
    private static List<String> namedOpeningTheNext(List<SentenceSyntax> syntaxes, SentenceSyntax syntax, List<PersonMention> names) {
        int next = syntax.sentence().index() + 1;
        boolean opensWithAName = names.stream().anyMatch(m -> m.sentence() == next && !m.reference() && m.start() == 0);
        return opensWithAName ? personsNamedAfter(syntaxes.get(next), names, -1) : List.of();
    }

    /** The people named in the list set off by a comma right after {@code noun} ("the two men, A and B"), in order. */
    private static List<String> listedRightAfter(SentenceSyntax syntax, List<PersonMention> names, int noun) {
        int sentence = syntax.sentence().index();
        List<org.dossier.nlp.Token> t = syntax.sentence().tokens();
        List<String> listed = new ArrayList<>();
        int at = noun + 1;
        while (at < t.size() && (t.get(at).word().equals(",") || t.get(at).word().equalsIgnoreCase("and"))) {
            int from = at + 1;
            PersonMention named = names.stream().filter(m -> m.sentence() == sentence && !m.reference() && m.start() == from)
                    .findFirst().orElse(null);
            if (named == null) {
                break;
            }
            listed.add(named.person());
            at = named.end();
        }
        return listed.stream().distinct().toList();
    }

    /** The people named in the sentence after token {@code from}, each once, in order. */
    private static List<String> personsNamedAfter(SentenceSyntax syntax, List<PersonMention> names, int from) {
        int sentence = syntax.sentence().index();
        return names.stream().filter(m -> m.sentence() == sentence && !m.reference() && m.start() > from)
                .sorted(Comparator.comparingInt(PersonMention::start)).map(PersonMention::person).distinct().toList();
    }

    /**
     * "one of them", "one of those", "one of the eight": words after "one of" that stand for a group
     * told before; the index of their last word, or -1.
     */
    private static int standsForAGroupBefore(List<org.dossier.nlp.Token> t, int from) {
        if (THEM.contains(t.get(from).word().toLowerCase(java.util.Locale.ROOT))) {
            return from;
        }
        boolean counted = from + 1 < t.size() && t.get(from).word().equalsIgnoreCase("the") && count(t.get(from + 1).word().toLowerCase(java.util.Locale.ROOT)) >= 0
                && (from + 2 >= t.size() || !t.get(from + 2).pos().startsWith("NN"));
        return counted ? from + 1 : -1;
    }

    /** The plural noun for people last told before this point, in its sentence or the one before ("eight Britons"); null if none. */
    private String lastGroupNounBefore(List<SentenceSyntax> syntaxes, int sentence, int token, Nationalities.Words words) {
        for (int s = sentence; s >= Math.max(0, sentence - 1); s--) {
            SentenceSyntax syntax = syntaxes.get(s);
            List<org.dossier.nlp.Token> t = syntax.sentence().tokens();
            for (int j = (s == sentence ? token : t.size()) - 1; j >= 0; j--) {
                String lemma = t.get(j).lemma().toLowerCase(java.util.Locale.ROOT);
                if (!t.get(j).pos().equals("NNS") && !t.get(j).pos().equals("NNPS")) {
                    continue;
                }
                boolean people = isCountedKind(words, lemma) || isPersonOfAnyKind(words, lemma);
                if (people || PersonNouns.isPerson(lemma)) {
                    // the nearest people told before are the group: "three judges ... one of them" are judges
                    return people && !ofAnotherRole(syntax, j) ? lemma : null;
                }
            }
        }
        return null;
    }

    /** "among them Ann Lee", "among them are Ann Lee and ...": the person named at or right after {@code from}. */
    private static String nameRightAfter(SentenceSyntax syntax, List<PersonMention> names, int from) {
        List<org.dossier.nlp.Token> t = syntax.sentence().tokens();
        int at = from;
        while (at < t.size() && (t.get(at).word().equals(",") || t.get(at).lemma().equals("be"))) {
            at++;
        }
        int start = at;
        return names.stream().filter(m -> m.sentence() == syntax.sentence().index() && !m.reference() && m.start() == start)
                .map(PersonMention::person).findFirst().orElse(null);
    }

    /** "the six detained men" after "one of": the plural noun for people that heads it, or -1. */
    private int groupNounAfter(SentenceSyntax syntax, int from, Nationalities.Words words) {
        List<org.dossier.nlp.Token> t = syntax.sentence().tokens();
        for (int j = from; j < Math.min(t.size(), from + 6); j++) {
            String pos = t.get(j).pos();
            if (pos.equals("NNS") || pos.equals("NNPS")) {
                String lemma = t.get(j).lemma().toLowerCase(java.util.Locale.ROOT);
                boolean people = isCountedKind(words, lemma) || isPersonOfAnyKind(words, lemma);
                boolean described = syntax.children(j).stream().anyMatch(d -> d.relation().equals("acl:relcl"));
                return people && !ofAnotherRole(syntax, j) && !described ? j : -1;
            }
            if (!pos.equals("DT") && !pos.equals("CD") && !pos.startsWith("JJ") && !pos.equals("VBN") && !pos.equals("NNP")
                    && !pos.equals("HYPH")) {
                return -1;
            }
        }
        return -1;
    }

    /** The person named beside "one of the N": right after the noun, right before "one", or as the subject of "was one of". */
    private static String memberNamed(SentenceSyntax syntax, List<PersonMention> names, int one, int noun) {
        List<org.dossier.nlp.Token> t = syntax.sentence().tokens();
        int sentence = syntax.sentence().index();
        for (PersonMention m : names) {
            if (m.sentence() != sentence || m.reference()) {
                continue;
            }
            boolean after = noun + 2 < t.size() && t.get(noun + 1).word().equals(",") && m.start() == noun + 2;
            boolean before = m.end() == one - 1 && (t.get(one - 1).word().equals(",") || t.get(one - 1).lemma().equals("be"));
            if (after || before) {
                return m.person();
            }
        }
        return null;
    }

    /**
     * The people of {@code named} a group stands for by what the whole article says of them, not by
     * who was named last: the members named as "one of the men" for "the men", everyone of the
     * family name for "the Tate brothers"; none when neither is told.
     */
    private static List<String> namedMembers(Map<String, List<String>> members, AnnotatedArticle article, PhraseMatch ref,
                                             List<PersonMention> named) {
        if (!"group".equals(ref.label()) || othersThanNamed(article, ref)) {
            return List.of();
        }
        List<String> people = named.stream().map(PersonMention::person).distinct().toList();
        String family = familyNameOf(ref);
        if (family != null) {
            String suffix = "-" + org.dossier.facts.Folding.fold(family).toLowerCase(java.util.Locale.ROOT);
            return people.stream().filter(p -> p.endsWith(suffix)).toList();
        }
        String lemma = article.sentences().get(ref.sentence()).tokens().get(ref.end() - 1).lemma().toLowerCase(java.util.Locale.ROOT);
        // "The seven Britons ... Four of the men have been named as ...": when the article tells the
        // members of one group only, its other names for the group ("the", not "eight Russians") are that group too
        List<String> ofTheOnlyGroup = members.size() == 1 && !isIndefinite(ref) ? members.values().iterator().next() : List.of();
        return members.getOrDefault(lemma, ofTheOnlyGroup).stream().filter(people::contains).toList();
    }

    /** A mention of each person at the group's words, anchored on the noun it counts. */
    private static List<PersonMention> mentionsOf(AnnotatedArticle article, List<SentenceSyntax> syntaxes, PhraseMatch group,
                                                  List<String> people) {
        int head = nounCounted(syntaxes.get(group.sentence()), group.end() - 1);
        return people.stream().map(p -> new PersonMention(article.article().id(), group.sentence(), group.start(), group.end(),
                head, p, group.text(), true)).toList();
    }

    /** The sentence names two or more people before the group, none of them a detainee. */
    private boolean twoOthersNamedBefore(List<PersonMention> names, PhraseMatch ref) {
        List<String> here = names.stream().filter(m -> m.sentence() == ref.sentence() && m.start() < ref.start())
                .map(PersonMention::person).distinct().toList();
        return here.size() >= 2 && here.stream().noneMatch(detainees::contains);
    }

    private static final Set<String> SIBLINGS = Set.of("brother", "sister", "sibling");

    /** "the Tate brothers", "Novak sisters": everyone of that family name the article names. */
    private static PhraseMatch siblingsOfAName(AnnotatedArticle article, org.dossier.nlp.Sentence s, int i) {
        List<org.dossier.nlp.Token> t = s.tokens();
        if (i < 1 || !t.get(i).pos().equals("NNS") || !SIBLINGS.contains(t.get(i).lemma().toLowerCase(java.util.Locale.ROOT))
                || !t.get(i - 1).pos().equals("NNP")) {
            return null;
        }
        int start = i >= 2 && t.get(i - 2).word().equalsIgnoreCase("the") ? i - 2 : i - 1;
        String text = String.join(" ", t.subList(start, i + 1).stream().map(org.dossier.nlp.Token::word).toList());
        return new PhraseMatch(article.article().id(), s.index(), start, i + 1, i, "references", "group",
                "family " + t.get(i - 1).word(), text);
    }

    /** "the Bitkovs were charged": a family told by its name in the plural, each member named with it. */
    private static PhraseMatch familyByItsName(AnnotatedArticle article, org.dossier.nlp.Sentence s, int i) {
        List<org.dossier.nlp.Token> t = s.tokens();
        String word = t.get(i).word();
        if (i < 1 || !t.get(i - 1).word().equalsIgnoreCase("the") || !t.get(i).pos().startsWith("NNP")
                || word.length() < 5 || !word.endsWith("s")) {
            return null;
        }
        String name = word.substring(0, word.length() - 1);
        return new PhraseMatch(article.article().id(), s.index(), i - 1, i + 1, i, "references", "group",
                "family " + name, "the " + word);
    }

    /** The family name a group of siblings is told by ("the Tate brothers": "Tate"), or null. */
    private static String familyNameOf(PhraseMatch ref) {
        return ref.label2() != null && ref.label2().startsWith("family ") ? ref.label2().substring("family ".length()) : null;
    }

    /** "the pair", "the couple", "both": two. */
    private static final Set<String> PAIRS = Set.of("pair", "couple", "both");

    private static final List<String> NUMBER_WORDS = List.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve");

    /** "3", "three": the number a word counts, or -1. */
    private static int count(String word) {
        if (word == null) {
            return -1;
        }
        return word.matches("\\d+") ? Integer.parseInt(word)
                : NUMBER_WORDS.contains(word) ? NUMBER_WORDS.indexOf(word) + 2
                : PAIRS.contains(word) ? 2 : -1;
    }

    private static final Set<String> THEY = Set.of("they", "them", "their");

    /**
     * "The agreement will give prisoners the chance to serve their sentence closer to home ... when
     * they are released": "they" stands for people its own sentence names in the plural before it,
     * when it names no one before it.
     */
    private static boolean pluralNounOfItsOwnSentence(SentenceSyntax syntax, PhraseMatch ref, List<PersonMention> names) {
        if (!THEY.contains(ref.text().toLowerCase(java.util.Locale.ROOT))
                || names.stream().anyMatch(n -> n.sentence() == ref.sentence() && n.start() < ref.start())) {
            return false;
        }
        int verb = syntax.nearestVerbAbove(ref.start());
        for (int noun = 0; noun < ref.start(); noun++) {
            org.dossier.nlp.Token t = syntax.token(noun);
            // people in general ("prisoners"), not some ("its nationals", "the two men"), nor the
            // subject of the pronoun's own verb ("diplomats were denied access to them")
            boolean general = syntax.children(noun).stream().noneMatch(d -> d.relation().equals("det")
                    || d.relation().equals("nmod:poss") || d.relation().equals("nummod"));
            boolean subjectOfItsVerb = syntax.head(noun) == verb && syntax.relationToHead(noun).startsWith("nsubj");
            // "describes its nationals as state hostages": what the people named are called
            boolean calledSo = syntax.relationToHead(noun).startsWith("obl:as") || syntax.relationToHead(noun).startsWith("xcomp");
            if (t.pos().equals("NNS") && general && !subjectOfItsVerb && !calledSo && PersonNouns.isPerson(t.lemma())) {
                return true;
            }
        }
        return false;
    }

    /** "both" closing a choice ("a fine or both"). */
    private static boolean endsAChoice(SentenceSyntax syntax, PhraseMatch ref) {
        return ref.end() - ref.start() == 1 && ref.text().equalsIgnoreCase("both") && ref.start() > 0
                && syntax.token(ref.start() - 1).word().equalsIgnoreCase("or");
    }

    /** "Both were freed" stands for people; "both countries", "both of them" do not. */
    private static boolean standsAlone(SentenceSyntax syntax, PhraseMatch ref) {
        if (ref.end() - ref.start() > 1) {
            return true;
        }
        String relation = syntax.relationToHead(ref.start());
        return relation.startsWith("nsubj") || relation.equals("obj");
    }

    private static String lastBefore(List<PersonMention> mentions, int sentence, int token) {
        PersonMention best = null;
        for (PersonMention m : mentions) {
            boolean before = isBefore(m, sentence, token);
            if (before && sentence - m.sentence() <= LOOKBACK_SENTENCES) {
                best = m;
            }
        }
        return best == null ? null : best.person();
    }

    /**
     * "Ana Ruiz and Tomas Vidal were detained in May. He is ill": the detainee named last before a
     * pronoun whose gender it agrees with. When none does, the one first chosen (a name's gender
     * may mislead), unless someone named in this sentence or the one before may have the pronoun's
     * gender ("She told reporters" after a woman who is no detainee spoke; "President Lee said he
     * was grateful for her release"): then nobody.
     */
    private static String agreeingBefore(List<PersonMention> mentions, List<PersonMention> allNames, PronounGenders genders,
                                         PhraseMatch ref, String chosen) {
        String agreeing = lastBefore(mentions.stream().filter(m -> !genders.contradicts(m.person(), ref.text())).toList(),
                ref.sentence(), ref.start());
        if (agreeing != null) {
            return agreeing;
        }
        boolean someoneElseFits = allNames.stream().anyMatch(n -> n.sentence() >= ref.sentence() - 1 && isBefore(n, ref.sentence(), ref.start())
                && !genders.contradicts(n.person(), ref.text()));
        return someoneElseFits ? null : chosen;
    }

    /**
     * A pronoun told before any detainee is named ("whose health has declined since he was
     * jailed"): the first detainee named after it, in the next few sentences, whose gender it may have.
     */
    private static String firstAgreeingAfter(List<PersonMention> detainees, PronounGenders genders, PhraseMatch ref) {
        return detainees.stream().filter(m -> !isBefore(m, ref.sentence(), ref.start()))
                .filter(m -> m.sentence() - ref.sentence() <= LOOKBACK_SENTENCES)
                .filter(m -> !genders.contradicts(m.person(), ref.text()))
                .map(PersonMention::person).findFirst().orElse(null);
    }

    private static String onlyDetainee(List<PersonMention> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        mentions.forEach(m -> counts.merge(m.person(), 1, Integer::sum));
        return counts.size() == 1 ? counts.keySet().iterator().next() : null;
    }
}
