package org.dossier.facts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Fact ids derived from what a fact is, not from where it stands in the corpus: "F" and eight
 * hex digits of a hash of its type, kind, person and first piece of evidence (the earliest
 * article id, then sentence). An article about someone else never changes them, so the
 * citations of a brief move only when its own facts do.
 */
public final class FactIds {

    private static final Comparator<Evidence> FIRST = Comparator.comparing(Evidence::article)
            .thenComparingInt(Evidence::sentence);

    private FactIds() {
    }

    /**
     * Gives each fact its id. Two facts with the same type, kind, person and first evidence (two
     * illnesses named in one sentence) are told apart by the rest of what they say; should that
     * also hash alike, by a mark repeated until the id is free. Facts are taken in the order given.
     */
    public static List<Fact> assign(List<Fact> facts) {
        Set<String> taken = new HashSet<>();
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            String id = hash(key(f));
            if (taken.contains(id)) {
                id = hash(key(f) + "\u0000" + rest(f));
            }
            String seed = id;
            while (taken.contains(id)) {
                seed = seed + "'";
                id = hash(seed);
            }
            taken.add(id);
            out.add(FactMerger.withId(f, id));
        }
        return out;
    }

    private static String key(Fact f) {
        Evidence first = f.evidence() == null || f.evidence().isEmpty() ? null
                : f.evidence().stream().min(FIRST).orElseThrow();
        return String.join("\u0000", f.type(), f.kind(), String.valueOf(f.person()),
                first == null ? "" : first.article(), first == null ? "" : String.valueOf(first.sentence()));
    }

    private static String rest(Fact f) {
        return String.join("\u0000", String.valueOf(f.place()), String.valueOf(f.date()), String.valueOf(f.actor()),
                String.valueOf(f.addressee()), String.valueOf(f.term()), String.valueOf(f.status()),
                String.valueOf(f.detail()), String.valueOf(f.evidence()));
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "F" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
