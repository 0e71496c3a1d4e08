package app.admired.report;

import app.admired.index.CorpusIndexReader;
import app.admired.index.MentionRecord;
import app.admired.nlp.Aliases;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Writes the report files of an output folder from the index. */
public final class ReportWriter {

    public static final String MOST_ADMIRED_CSV = "most-admired.csv";
    public static final String MENTIONS_CSV = "mentions.csv";

    static final List<String> MOST_ADMIRED_HEADER = List.of(
            "rank", "person", "score", "positive_evidence", "negative_evidence", "admirers", "critics",
            "mentions", "documents", "positive", "neutral", "negative", "admiration_cues", "criticism_cues",
            "mean_sentiment", "mean_sentence_sentiment", "first_seen", "last_seen", "best_quote", "best_quote_source");

    static final List<String> MENTIONS_HEADER = List.of(
            "person", "document_id", "kind", "author", "holder", "date", "surface", "polarity", "score",
            "classifier_score", "sentence_class", "cue", "cue_text", "sentence");

    private static final Comparator<MentionRecord> MENTION_ORDER = Comparator
            .comparing(MentionRecord::path).thenComparingInt(MentionRecord::position)
            .thenComparingInt(MentionRecord::begin);

    private ReportWriter() {
    }

    /**
     * Reads every mention from the index, ranks the people (with the aliases stored in the index)
     * and writes the reports; returns the ranking.
     */
    public static List<PersonSummary> write(CorpusIndexReader index, Path outDir) throws IOException {
        List<MentionRecord> mentions = new ArrayList<>();
        index.forEachMention(mentions::add);
        mentions.sort(MENTION_ORDER);
        Aliases aliases = index.aliases();
        List<PersonSummary> ranking = Ranking.rank(mentions, aliases);
        writeMostAdmired(ranking, outDir.resolve(MOST_ADMIRED_CSV));
        writeMentions(mentions, Ranking.canonicalNames(mentions, aliases), outDir.resolve(MENTIONS_CSV));
        return ranking;
    }

    static void writeMostAdmired(List<PersonSummary> ranking, Path file) throws IOException {
        SpreadsheetCsv.write(file, MOST_ADMIRED_HEADER, printer -> {
            int rank = 0;
            for (PersonSummary row : ranking) {
                printer.printRecord(
                        ++rank,
                        SpreadsheetCsv.text(row.person()),
                        SpreadsheetCsv.number(row.score(), 4),
                        SpreadsheetCsv.number(row.positiveEvidence(), 3),
                        SpreadsheetCsv.number(row.negativeEvidence(), 3),
                        row.admirers(),
                        row.critics(),
                        row.mentions(),
                        row.documents(),
                        row.positive(),
                        row.neutral(),
                        row.negative(),
                        row.admirationCues(),
                        row.criticismCues(),
                        SpreadsheetCsv.number(row.meanSentiment(), 3),
                        SpreadsheetCsv.number(row.meanSentenceSentiment(), 3),
                        row.firstSeen(),
                        row.lastSeen(),
                        SpreadsheetCsv.text(row.bestQuote()),
                        SpreadsheetCsv.text(row.bestQuoteSource()));
            }
        });
    }

    static void writeMentions(List<MentionRecord> mentions, Map<String, String> canonical, Path file)
            throws IOException {
        SpreadsheetCsv.write(file, MENTIONS_HEADER, printer -> {
            for (MentionRecord m : mentions) {
                printer.printRecord(
                        SpreadsheetCsv.text(canonical.get(m.person())),
                        SpreadsheetCsv.text(m.documentId()),
                        m.kind(),
                        SpreadsheetCsv.text(m.author()),
                        SpreadsheetCsv.text(m.holder()),
                        m.date(),
                        SpreadsheetCsv.text(m.surface()),
                        m.polarity(),
                        SpreadsheetCsv.number(m.score(), 3),
                        SpreadsheetCsv.number(m.classifierScore(), 3),
                        m.sentenceClass(),
                        SpreadsheetCsv.text(m.cue()),
                        SpreadsheetCsv.text(m.cueText()),
                        SpreadsheetCsv.text(m.sentence()));
            }
        });
    }
}
