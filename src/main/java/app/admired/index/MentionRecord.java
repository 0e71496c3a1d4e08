package app.admired.index;

/**
 * A mention as stored in the index, joined with the metadata of its document: everything the report
 * stage needs, with no Lucene or CoreNLP types.
 */
public record MentionRecord(
        String documentId,
        String path,
        int position,
        String kind,
        String author,
        String date,
        String person,
        String surface,
        int begin,
        int end,
        int sentenceIndex,
        String sentence,
        int sentimentClass,
        double sentimentScore,
        String polarity) {
}
