package app.admired.report;

import app.admired.index.CorpusIndexReader;
import app.admired.index.MentionRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the report files of an output folder from the index. */
public final class ReportWriter {

    public static final String MOST_ADMIRED_CSV = "most-admired.csv";

    static final List<String> MOST_ADMIRED_HEADER = List.of(
            "rank", "person", "score", "positive_evidence", "negative_evidence", "mean_sentiment",
            "mentions", "documents", "positive", "neutral", "negative", "best_quote", "best_quote_source");

    private ReportWriter() {
    }

    /** Reads every mention from the index, ranks the people and writes the reports; returns the ranking. */
    public static List<PersonSummary> write(CorpusIndexReader index, Path outDir) throws IOException {
        List<MentionRecord> mentions = new ArrayList<>();
        index.forEachMention(mentions::add);
        List<PersonSummary> ranking = Ranking.rank(mentions);
        writeMostAdmired(ranking, outDir.resolve(MOST_ADMIRED_CSV));
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
                        SpreadsheetCsv.number(row.positiveEvidence(), 2),
                        SpreadsheetCsv.number(row.negativeEvidence(), 2),
                        SpreadsheetCsv.number(row.meanSentiment(), 3),
                        row.mentions(),
                        row.documents(),
                        row.positive(),
                        row.neutral(),
                        row.negative(),
                        SpreadsheetCsv.text(row.bestQuote()),
                        SpreadsheetCsv.text(row.bestQuoteSource()));
            }
        });
    }
}
