package app.admired.report;

/**
 * One row of the ranking. See docs/ARCHITECTURE.md for how each number is computed.
 *
 * @param person           canonical name
 * @param score            Wilson lower bound of positiveEvidence / (positiveEvidence + negativeEvidence)
 * @param positiveEvidence sum of the positive mention scores
 * @param negativeEvidence sum of the magnitudes of the negative mention scores
 * @param meanSentiment    mean mention score over the mentions that have a verdict
 * @param mentions         all mentions, with or without a verdict
 * @param documents        distinct documents mentioning the person
 * @param positive         mentions with a positive verdict
 * @param neutral          mentions with a neutral verdict
 * @param negative         mentions with a negative verdict
 * @param bestQuote        the sentence of the highest-scoring mention (earliest on ties)
 * @param bestQuoteSource  the id ({@code path#position}) of the document holding it
 */
public record PersonSummary(
        String person,
        double score,
        double positiveEvidence,
        double negativeEvidence,
        double meanSentiment,
        int mentions,
        int documents,
        int positive,
        int neutral,
        int negative,
        String bestQuote,
        String bestQuoteSource) {
}
