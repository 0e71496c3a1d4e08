package app.admired.report;

import app.admired.index.SkipRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code skipped.csv}: every file or record the index holds as skipped, with the reason. */
public final class SkippedReport {

    public static final String FILE_NAME = "skipped.csv";
    static final List<String> HEADER = List.of("source", "reason", "detail");

    private SkippedReport() {}

    public static void write(List<SkipRecord> skipped, Path file) throws IOException {
        SpreadsheetCsv.write(file, HEADER, printer -> {
            for (SkipRecord s : skipped) {
                printer.printRecord(SpreadsheetCsv.text(s.source()), s.reason(), SpreadsheetCsv.text(s.detail()));
            }
        });
    }
}
