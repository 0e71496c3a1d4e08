package app.admired.index;

/**
 * A mention as stored in the index, joined with the metadata of its document: everything the report
 * stage needs, with no Lucene or CoreNLP types. Field meanings as in
 * {@link app.admired.nlp.PersonMention}.
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
        String polarity,
        double score,
        double classifierScore,
        int sentenceClass,
        String cue,
        String cueText) {

    /** Who holds the view expressed in this mention: the document's author, else the document. */
    public String holder() {
        return author.isEmpty() ? documentId : author;
    }
}
