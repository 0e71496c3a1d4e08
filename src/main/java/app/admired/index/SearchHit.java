package app.admired.index;

/**
 * One search result: the mention, its document's title, the relevance score and the sentence
 * with the matching words wrapped in the request's marks.
 */
public record SearchHit(MentionRecord mention, String title, float relevance, String highlightedSentence) {}
