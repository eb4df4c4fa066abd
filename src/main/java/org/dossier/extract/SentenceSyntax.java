package org.dossier.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dossier.nlp.Dependency;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/** Navigation of one sentence's dependency graph: heads, children and distances between tokens. */
public final class SentenceSyntax {

    private final Sentence sentence;
    private final List<List<Dependency>> out;
    private final List<List<Dependency>> in;
    private final int[][] distances;
    /** Each token's head once found (-2: not yet); rules and slots ask for the same heads again and again. */
    private final int[] heads;
    private final List<List<Integer>> chains;

    public SentenceSyntax(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        out = new ArrayList<>(n);
        in = new ArrayList<>(n);
        distances = new int[n][];
        heads = new int[n];
        Arrays.fill(heads, -2);
        chains = new ArrayList<>(java.util.Collections.nCopies(n, null));
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
            in.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.governor() >= 0 && d.governor() < n && d.dependent() < n) {
                out.get(d.governor()).add(d);
                in.get(d.dependent()).add(d);
            }
        }
    }

    public Sentence sentence() {
        return sentence;
    }

    public Token token(int i) {
        return sentence.tokens().get(i);
    }

    public int size() {
        return sentence.tokens().size();
    }

    public List<Dependency> children(int i) {
        return out.get(i);
    }

    /** The sentence's root word, or -1 for none. */
    public int root() {
        for (int i = 0; i < size(); i++) {
            if (relationToHead(i).equals("root")) {
                return i;
            }
        }
        return -1;
    }

    /** "says", "is held", "has returned", "is pending": the word, or an auxiliary or copula of it, in the present. */
    public boolean toldInThePresent(int i) {
        return token(i).pos().matches("VBZ|VBP") || children(i).stream()
                .anyMatch(d -> (d.relation().startsWith("aux") || d.relation().equals("cop"))
                        && token(d.dependent()).pos().matches("VBZ|VBP"));
    }

    public List<Dependency> parents(int i) {
        return in.get(i);
    }

    /**
     * The governor of a token in the basic tree, or -1 at the root. Edges that the enhanced graph
     * adds back from a relative clause to its antecedent ("Novak, who was serving ...": serving
     * to Novak) are passed over, since the antecedent governs that clause.
     */
    public int head(int i) {
        int h = heads[i];
        if (h == -2) {
            h = findHead(i);
            heads[i] = h;
        }
        return h;
    }

    private int findHead(int i) {
        int fallback = -1;
        for (Dependency d : in.get(i)) {
            if (d.relation().startsWith("ref")) {
                continue;
            }
            if (!governs(i, d.governor())) {
                return d.governor();
            }
            if (fallback < 0) {
                fallback = d.governor();
            }
        }
        return fallback;
    }

    private boolean governs(int governor, int dependent) {
        for (Dependency d : out.get(governor)) {
            if (d.dependent() == dependent) {
                return true;
            }
        }
        return false;
    }

    /** Children of {@code i} whose relation starts with {@code prefix} ("nsubj" matches "nsubj:pass"). */
    public List<Integer> children(int i, String prefix) {
        List<Integer> found = new ArrayList<>();
        for (Dependency d : out.get(i)) {
            if (d.relation().startsWith(prefix)) {
                found.add(d.dependent());
            }
        }
        return found;
    }

    /** The token of span [start, end) that the rest of the sentence attaches to ("Republic" in "Republic of Karelia"). */
    public int spanHead(int start, int end) {
        for (int i = start; i < end; i++) {
            int h = head(i);
            if (h < start || h >= end) {
                return i;
            }
        }
        return end - 1;
    }

    public String relationToHead(int i) {
        for (Dependency d : in.get(i)) {
            return d.relation();
        }
        return "root";
    }

    /** Number of edges between two tokens, ignoring direction; large when unconnected. */
    public int distance(int from, int to) {
        int[] row = distances[from];
        if (row == null) {
            row = distancesFrom(from);
            distances[from] = row; // rules ask about the same tokens again and again
        }
        return row[to] < 0 ? 99 : row[to];
    }

    /** Breadth first from one token: its distance to every token, -1 where unconnected. */
    private int[] distancesFrom(int from) {
        int n = size();
        int[] dist = new int[n];
        Arrays.fill(dist, -1);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        dist[from] = 0;
        queue[tail++] = from;
        while (head < tail) {
            int t = queue[head++];
            for (Dependency d : out.get(t)) {
                tail = visit(d.dependent(), dist[t] + 1, dist, queue, tail);
            }
            for (Dependency d : in.get(t)) {
                tail = visit(d.governor(), dist[t] + 1, dist, queue, tail);
            }
        }
        return dist;
    }

    private static int visit(int node, int d, int[] dist, int[] queue, int tail) {
        if (node >= 0 && dist[node] < 0) {
            dist[node] = d;
            queue[tail++] = node;
        }
        return tail;
    }

    /** The verbs governing {@code i}, nearest first, up to the root (a list that cannot be changed). */
    public List<Integer> governingChain(int i) {
        List<Integer> chain = chains.get(i);
        if (chain == null) {
            chain = findGoverningChain(i);
            chains.set(i, chain);
        }
        return chain;
    }

    /** The nearest verb governing {@code i} ("flew" above "to the city of X"), or -1. */
    public int nearestVerbAbove(int i) {
        return governingChain(i).stream().filter(g -> token(g).pos().startsWith("VB")).findFirst().orElse(-1);
    }

    private List<Integer> findGoverningChain(int i) {
        List<Integer> chain = new ArrayList<>();
        int h = head(i);
        while (h >= 0 && chain.size() < 12 && !chain.contains(h)) {
            chain.add(h);
            h = head(h);
        }
        return java.util.Collections.unmodifiableList(chain);
    }
}
