package app.admired.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The csv and json output of the commands that print records ({@code search}, {@code people}). */
final class Printing {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Printing() {
    }

    /** RFC 4180 with CRLF, as the report files (no byte-order mark: this is a stream, not a file). */
    static CSVPrinter csv(PrintWriter out, List<String> header) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSV);
        printer.printRecord(header);
        return printer;
    }

    /** Rows as an indented JSON array; each row's keys in insertion order. */
    static void json(PrintWriter out, List<Map<String, Object>> rows) throws IOException {
        out.println(JSON.writeValueAsString(rows));
    }
}
