package app.admired.nlp.sentiment;

/**
 * The sentiment toward one target (a person mention) in its sentence.
 *
 * @param polarity         {@code positive}, {@code neutral}, {@code negative}, or {@code none} when
 *                         the sentence could not be parsed
 * @param score            the evidence in [-1, 1]: the classifier's P(pos) - P(neg), blended with the
 *                         cue's value when a cue is aimed at the target (see docs/ARCHITECTURE.md)
 * @param classifierScore  the targeted classifier's P(pos) - P(neg) alone
 * @param sentenceClass    CoreNLP's class (0..4) of the whole sentence, the baseline, or -1
 * @param cue              the admiration or criticism cue aimed at the target, or {@code null}
 */
public record TargetVerdict(String polarity, double score, double classifierScore, int sentenceClass, Cue cue) {

    /** Weight of an explicit cue against the classifier when both speak. */
    static final double CUE_WEIGHT = 0.6;

    static TargetVerdict of(TargetSentimentModel.Prediction prediction, int sentenceClass, Cue cue) {
        if (cue == null) {
            return new TargetVerdict(
                    prediction.polarity(), prediction.score(), prediction.score(), sentenceClass, null);
        }
        double blended = Math.max(-1, Math.min(1, CUE_WEIGHT * cue.value() + (1 - CUE_WEIGHT) * prediction.score()));
        // The verdict follows the blend, so a weak (hedged, negated) cue can be outvoted by the classifier.
        String polarity = blended > 0
                ? TargetSentimentModel.POSITIVE
                : blended < 0 ? TargetSentimentModel.NEGATIVE : TargetSentimentModel.NEUTRAL;
        return new TargetVerdict(polarity, blended, prediction.score(), sentenceClass, cue);
    }

    public static TargetVerdict none(int sentenceClass) {
        return new TargetVerdict("none", 0.0, 0.0, sentenceClass, null);
    }
}
