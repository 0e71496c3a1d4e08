package app.admired.nlp;

/** CoreNLP's five sentiment classes, their score in [-1, 1], and their polarity label. */
public final class Sentiment {

    /** The sentence had no usable parse (too long); it is not evidence either way. */
    public static final int NO_VERDICT = -1;

    private static final double[] SCORES = {-1.0, -0.5, 0.0, 0.5, 1.0};

    private Sentiment() {}

    /** 0 very negative, 1 negative, 2 neutral, 3 positive, 4 very positive; no verdict scores 0. */
    public static double score(int sentimentClass) {
        return sentimentClass >= 0 && sentimentClass < SCORES.length ? SCORES[sentimentClass] : 0.0;
    }

    /** {@code positive}, {@code neutral}, {@code negative} or {@code none}. */
    public static String polarity(int sentimentClass) {
        if (sentimentClass == NO_VERDICT) {
            return "none";
        }
        return sentimentClass > 2 ? "positive" : sentimentClass < 2 ? "negative" : "neutral";
    }
}
