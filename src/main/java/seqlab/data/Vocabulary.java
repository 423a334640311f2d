package seqlab.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps item tokens to dense ids {@code 1..size()}; id {@value #PADDING} is padding and never an
 * item. When built with a minimum frequency above one, items rarer than that share one
 * {@link #RARE_TOKEN} item, which is always the last id.
 */
public final class Vocabulary {

    /** The id of padding. */
    public static final int PADDING = 0;
    /** The token that stands for all items rarer than the minimum frequency. */
    public static final String RARE_TOKEN = "<rare>";

    private final List<String> tokens;
    private final Map<String, Integer> ids;
    private final boolean hasRare;

    private Vocabulary(List<String> tokens, boolean hasRare) {
        this.tokens = List.copyOf(tokens);
        this.hasRare = hasRare;
        this.ids = new HashMap<>(tokens.size() * 2);
        for (int i = 0; i < tokens.size(); i++) {
            ids.put(tokens.get(i), i + 1);
        }
    }

    /** A vocabulary holding exactly {@code tokens}, in this order (ids 1..n); used when loading a model. */
    public static Vocabulary of(List<String> tokens, boolean hasRare) {
        return new Vocabulary(tokens, hasRare);
    }

    /**
     * Builds a vocabulary from sequences: items in order of first appearance; items occurring fewer
     * than {@code minFrequency} times are merged into {@link #RARE_TOKEN}.
     */
    public static Vocabulary build(List<List<String>> sequences, int minFrequency) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (List<String> s : sequences) {
            for (String t : s) {
                counts.merge(t, 1, Integer::sum);
            }
        }
        List<String> kept = new ArrayList<>();
        boolean rare = false;
        for (var e : counts.entrySet()) {
            if (e.getValue() >= minFrequency) {
                kept.add(e.getKey());
            } else {
                rare = true;
            }
        }
        if (rare) {
            kept.add(RARE_TOKEN);
        }
        return new Vocabulary(kept, rare);
    }

    /** Number of item ids (the rare item included), not counting padding. */
    public int size() {
        return tokens.size();
    }

    /** Whether rare items were merged into {@link #RARE_TOKEN}. */
    public boolean hasRare() {
        return hasRare;
    }

    /** The id of the rare item, or -1 when there is none. */
    public int rareId() {
        return hasRare ? tokens.size() : -1;
    }

    /** The token of item id {@code id} (1-based). */
    public String token(int id) {
        return tokens.get(id - 1);
    }

    /** All tokens in id order (id 1 first). */
    public List<String> tokens() {
        return Collections.unmodifiableList(tokens);
    }

    /** Whether {@code token} has its own id. */
    public boolean contains(String token) {
        return ids.containsKey(token) && !(hasRare && RARE_TOKEN.equals(token));
    }

    /**
     * The id of {@code token}: its own id, the rare id for tokens without one when rare items are
     * merged, or -1 when the token is unknown and there is no rare item.
     */
    public int id(String token) {
        Integer id = ids.get(token);
        if (id != null) {
            return id;
        }
        return hasRare ? rareId() : -1;
    }

    /**
     * The output class ({@code id - 1}) of {@code token} when it has its own id, else -1 (unknown
     * tokens and the shared rare item are never evaluation targets or known prefix items).
     */
    public int itemClass(String token) {
        int id = exactId(token);
        return id < 0 || (hasRare && id == rareId()) ? -1 : id - 1;
    }

    /** The id of {@code token} only if it has its own id, else -1. */
    public int exactId(String token) {
        Integer id = ids.get(token);
        return id == null ? -1 : id;
    }
}
