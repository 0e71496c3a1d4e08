package app.admired.nlp;

/**
 * One mention of a person in a document, with the sentiment toward it.
 *
 * @param documentId      the {@link app.admired.ingest.SourceDocument#id()} it occurs in
 * @param person          canonical name after normalisation and within-document linking
 * @param surface         the text as written ("Mr. Bezos's")
 * @param begin           character offset of the mention in the document text
 * @param end             character offset just past the mention
 * @param sentenceIndex   0-based index of the sentence in the document
 * @param sentence        the sentence text
 * @param polarity        targeted verdict: {@code positive}, {@code neutral}, {@code negative}, or
 *                        {@code none} when the sentence was not parsed (too long)
 * @param score           evidence in [-1, 1] toward this person (classifier blended with the cue)
 * @param classifierScore the targeted classifier's P(positive) - P(negative) alone
 * @param sentenceClass   CoreNLP's sentence-level class 0..4 (the baseline), or {@link Sentiment#NO_VERDICT}
 * @param cue             the cue's label ({@code admiration}, {@code criticism (negated admiration)} …), or empty
 * @param cueText         the cue words as written ("look up to"), or empty
 * @param holder          whose view it is: author or commenter as written, a speaker's name, or
 *                        empty (no byline; an unattributed quotation)
 * @param holderKind      {@code author}, {@code commenter}, {@code quoted} or {@code unattributed}
 *                        ({@link app.admired.nlp.attribution.Holder})
 * @param holderRole      the holder's canonical role as stated in the document, or empty
 * @param holderOrganization the holder's organisation as stated in the document, or empty
 * @param role            the person's canonical role stated at this mention ("Amazon CEO Andy
 *                        Jassy"), or empty
 * @param organization    the person's organisation stated at this mention, or empty
 */
public record PersonMention(
        String documentId,
        String person,
        String surface,
        int begin,
        int end,
        int sentenceIndex,
        String sentence,
        String polarity,
        double score,
        double classifierScore,
        int sentenceClass,
        String cue,
        String cueText,
        String holder,
        String holderKind,
        String holderRole,
        String holderOrganization,
        String role,
        String organization) {

    /** A mention held by its document's author, with no roles stated (tests, older callers). */
    public PersonMention(
            String documentId,
            String person,
            String surface,
            int begin,
            int end,
            int sentenceIndex,
            String sentence,
            String polarity,
            double score,
            double classifierScore,
            int sentenceClass,
            String cue,
            String cueText) {
        this(
                documentId,
                person,
                surface,
                begin,
                end,
                sentenceIndex,
                sentence,
                polarity,
                score,
                classifierScore,
                sentenceClass,
                cue,
                cueText,
                "",
                "author",
                "",
                "",
                "",
                "");
    }

    /**
     * This mention with its offsets moved by {@code chars}, its sentence number by {@code sentences},
     * and its canonical name and holder name replaced: for a document annotated in windows. Every
     * other field is kept.
     */
    public PersonMention shifted(int chars, int sentences, String canonicalName, String holderName) {
        return new PersonMention(
                documentId,
                canonicalName,
                surface,
                begin + chars,
                end + chars,
                sentenceIndex + sentences,
                sentence,
                polarity,
                score,
                classifierScore,
                sentenceClass,
                cue,
                cueText,
                holderName,
                holderKind,
                holderRole,
                holderOrganization,
                role,
                organization);
    }
}
