package app.admired.nlp.sentiment;

/**
 * An admiration or criticism cue aimed at a person in one sentence, from {@code admiration-cues.tsv}.
 *
 * @param kind        {@code admiration} or {@code criticism}, as the rule is written
 * @param text        the cue words as written ("look up to")
 * @param targetBegin first token of the person the cue is aimed at (sentence-relative)
 * @param targetEnd   one past the last token of that person
 * @param negated     a negator precedes the cue ("I never admired X"): the cue's direction flips
 * @param hedged      the sentence hedges ("maybe", "I suppose"): the cue counts half
 */
public record Cue(String kind, String text, int targetBegin, int targetEnd, boolean negated, boolean hedged) {

    public static final String ADMIRATION = "admiration";
    public static final String CRITICISM = "criticism";

    /** The direction after negation: a negated admiration is criticism, and the reverse. */
    public String effectiveKind() {
        if (!negated) {
            return kind;
        }
        return ADMIRATION.equals(kind) ? CRITICISM : ADMIRATION;
    }

    /**
     * The cue as evidence in [-1, 1]: admiration +1, criticism -1; negation flips the sign and
     * halves it ("I never admired X" is milder than "I despise X"); a hedge halves it again.
     */
    public double value() {
        double value = ADMIRATION.equals(kind) ? 1.0 : -1.0;
        if (negated) {
            value = -value / 2;
        }
        return hedged ? value / 2 : value;
    }

    /** A short label for reports: {@code admiration}, {@code criticism (negated admiration)} … */
    public String label() {
        String label = effectiveKind();
        if (negated) {
            label += " (negated " + kind + ")";
        }
        return hedged ? label + " (hedged)" : label;
    }
}
