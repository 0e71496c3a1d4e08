package app.admired.report;

import app.admired.ingest.SkippedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code skipped.csv}: every file or record the run could not use, with the reason. */
public final class SkippedReport {

    public static final String FILE_NAME = "skipped.csv";
    static final List<String> HEADER = List.of("source", "reason", "detail");

    private SkippedReport() {
    }

    public static void write(List<SkippedFile> skipped, Path file) throws IOException {
        SpreadsheetCsv.write(file, HEADER, printer -> {
            for (SkippedFile s : skipped) {
                printer.printRecord(SpreadsheetCsv.text(s.path()), s.reason(), SpreadsheetCsv.text(s.detail()));
            }
        });
    }
}
