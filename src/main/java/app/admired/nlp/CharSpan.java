package app.admired.nlp;

/** A character span [begin, end) in a sentence, as labelled data gives targets. */
public record CharSpan(int begin, int end) {}
