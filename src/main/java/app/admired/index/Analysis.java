package app.admired.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/** The analyzer for text fields: English stemming and stop words, from lucene-analysis-common. */
final class Analysis {

    private Analysis() {}

    static Analyzer analyzer() {
        return new EnglishAnalyzer();
    }
}
