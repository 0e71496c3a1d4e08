package app.admired.nlp;

/**
 * One mention of a person in a document, with the sentiment of its sentence.
 *
 * @param documentId      the {@link app.admired.ingest.SourceDocument#id()} it occurs in
 * @param person          canonical name after normalisation and within-document linking
 * @param surface         the text as written ("Mr. Bezos's")
 * @param begin           character offset of the mention in the document text
 * @param end             character offset just past the mention
 * @param sentenceIndex   0-based index of the sentence in the document
 * @param sentence        the sentence text
 * @param sentimentClass  CoreNLP's class 0 (very negative) … 4 (very positive), or
 *                        {@link Sentiment#NO_VERDICT} when the sentence was not parsed
 * @param sentimentScore  the class mapped to [-1, 1] by {@link Sentiment#score(int)}
 */
public record PersonMention(
        String documentId,
        String person,
        String surface,
        int begin,
        int end,
        int sentenceIndex,
        String sentence,
        int sentimentClass,
        double sentimentScore) {
}
