package app.admired.report;

/**
 * One row of the ranking. See docs/ARCHITECTURE.md ("Score") for how each number is computed from
 * the person's mentions (listed in mentions.csv).
 *
 * @param person               canonical name
 * @param score                Wilson lower bound of the positive share of the evidence minus that of the
 *                             negative share, in [-1, 1] ({@link Ranking#score})
 * @param positiveEvidence     positive evidence, each holder's share capped at one vote
 * @param negativeEvidence     negative evidence, each holder's share capped at one vote
 * @param admirers             distinct holders (authors, or documents without one) whose view is net positive
 * @param critics              distinct holders whose view is net negative
 * @param mentions             all mentions
 * @param documents            distinct documents mentioning the person
 * @param positive             mentions with a positive verdict
 * @param neutral              mentions with a neutral verdict
 * @param negative             mentions with a negative verdict
 * @param admirationCues       mentions with an admiration cue (after negation)
 * @param criticismCues        mentions with a criticism cue (after negation)
 * @param meanSentiment        mean mention score over the mentions with a verdict
 * @param meanSentenceSentiment mean CoreNLP sentence-level score (the baseline) over the same mentions
 * @param firstSeen            earliest document date (ISO day), or empty
 * @param lastSeen             latest document date (ISO day), or empty
 * @param bestQuote            the sentence of the highest-scoring mention (earliest on ties)
 * @param bestQuoteSource      the id ({@code path#position}) of the document holding it
 */
public record PersonSummary(
        String person,
        double score,
        double positiveEvidence,
        double negativeEvidence,
        int admirers,
        int critics,
        int mentions,
        int documents,
        int positive,
        int neutral,
        int negative,
        int admirationCues,
        int criticismCues,
        double meanSentiment,
        double meanSentenceSentiment,
        String firstSeen,
        String lastSeen,
        String bestQuote,
        String bestQuoteSource) {}
