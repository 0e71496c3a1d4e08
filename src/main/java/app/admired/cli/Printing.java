package app.admired.cli;

import app.admired.report.SpreadsheetCsv;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The csv and json output of the commands that print records ({@code search}, {@code people}):
 * each command builds its rows once, as ordered maps, and they print as either.
 */
final class Printing {

    private static final CSVFormat CSV =
            CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Printing() {}

    /**
     * An empty answer's one-line note ("No people: …"): on stdout in text format, where it is the
     * answer; on stderr otherwise, so that stdout stays an empty table a script can parse.
     *
     * @return whether the note was the whole answer (text format), so the caller prints nothing else
     */
    static boolean note(CommandSpec spec, OutputFormat format, String note) {
        PrintWriter to = format == OutputFormat.text
                ? spec.commandLine().getOut()
                : spec.commandLine().getErr();
        to.println(note);
        to.flush();
        return format == OutputFormat.text;
    }

    /**
     * RFC 4180 with CRLF, as the report files (no byte-order mark: this is a stream, not a file);
     * text cells are guarded against formula injection like the reports'.
     */
    static void csv(PrintWriter out, List<String> header, List<Map<String, Object>> rows) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSV);
        printer.printRecord(header);
        for (Map<String, Object> row : rows) {
            List<Object> cells = new ArrayList<>();
            for (String column : header) {
                Object value = row.get(column);
                cells.add(value instanceof String text ? SpreadsheetCsv.text(text) : value);
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    /** Rows as an indented JSON array; each row's keys in insertion order. */
    static void json(PrintWriter out, List<Map<String, Object>> rows) throws IOException {
        out.println(JSON.writeValueAsString(rows));
    }

    /** A score rounded for printing, so csv and json show the same value. */
    static double rounded(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
