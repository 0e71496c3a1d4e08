package app.admired.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as spreadsheets want it: UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF line ends, and
 * text cells that could start a formula neutralised (CWE-1236). Files are written to a temporary
 * name and renamed ({@link AtomicFiles}), so a reader never sees half a report.
 */
public final class SpreadsheetCsv {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private SpreadsheetCsv() {}

    /** A row writer handed to {@link #write}; text goes through {@link #text}, numbers through the others. */
    public interface Rows {
        void writeTo(CSVPrinter printer) throws IOException;
    }

    public static void write(Path file, List<String> header, Rows rows) throws IOException {
        AtomicFiles.write(file, out -> {
            out.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(out, FORMAT);
            printer.printRecord(header);
            rows.writeTo(printer);
            printer.flush();
        });
    }

    /**
     * A text cell from untrusted input: one beginning with {@code = + - @}, tab or CR is prefixed
     * with an apostrophe so that no spreadsheet evaluates it.
     */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }

    /** A number with a dot decimal and a fixed number of places, whatever the JVM's locale. */
    public static String number(double value, int places) {
        String formatted = String.format(Locale.ROOT, "%." + places + "f", value);
        // "-0.000" would read as a formula-looking negative zero; print it as zero.
        return formatted.matches("-0\\.?0*") ? formatted.substring(1) : formatted;
    }
}
