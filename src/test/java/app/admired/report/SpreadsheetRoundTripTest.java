package app.admired.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Our CSV opened in a real spreadsheet: LibreOffice Calc (headless) imports a CSV written by
 * {@link SpreadsheetCsv} and saves it as flat OpenDocument (FODS); we read every cell back from
 * that XML. Skipped only when LibreOffice is not installed ({@code .ci/run} installs it).
 *
 * <p>What LibreOffice 7.4 gives back, and what the README promises: text cells exactly as written,
 * including accents, commas, double quotes and line breaks (a CR, LF or CRLF inside a cell becomes
 * one line break); a neutralised cell is a text cell that <em>keeps</em> its leading apostrophe
 * ({@code '=HYPERLINK(…)} shows as {@code '=HYPERLINK(…)}, never a formula); numbers are numbers and
 * ISO dates are dates. A formula-looking cell written without the guard does become a formula
 * (the control cell), so this test would see a regression.
 */
@Tag("integration")
class SpreadsheetRoundTripTest {

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    /**
     * LibreOffice's CSV import options: comma, double quote, UTF-8 (76), from line 1, default column
     * types, language English (USA) (1033) so "0.340" is a number whatever this machine's locale.
     */
    static final String CSV_FILTER = "CSV:44,34,76,1,,1033";

    /** One cell as LibreOffice stored it. */
    record Cell(String valueType, String value, String text, String formula) {
        static Cell string(String text) {
            return new Cell("string", null, text, null);
        }
    }

    static Optional<Path> soffice() {
        return ExternalTool.find(
                List.of("soffice", "libreoffice"),
                List.of(
                        "/usr/lib/libreoffice/program/soffice",
                        "/opt/libreoffice/program/soffice",
                        "/Applications/LibreOffice.app/Contents/MacOS/soffice"));
    }

    @Test
    void calcReadsEveryCellBackAsWeMeantIt(@TempDir Path dir) throws Exception {
        Optional<Path> soffice = soffice();
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not installed");

        String quote = "She said \"I admire Zoë, truly\",\nthen \"left\".";
        Path csv = dir.resolve("people.csv");
        SpreadsheetCsv.write(csv, List.of("person", "quote", "comment", "score", "date"), printer -> {
            printer.printRecord(
                    SpreadsheetCsv.text("Zoë Ortíz, Jr."),
                    SpreadsheetCsv.text(quote),
                    SpreadsheetCsv.text("=HYPERLINK(\"http://x\",\"y\")"),
                    SpreadsheetCsv.number(0.34, 3),
                    "2024-03-05");
            printer.printRecord(
                    SpreadsheetCsv.text("Łukasz Żółw; O'Neil"),
                    SpreadsheetCsv.text("Line one\r\nline two"),
                    SpreadsheetCsv.text("+1"),
                    SpreadsheetCsv.number(-0.25, 3),
                    "2024-12-31");
            printer.printRecord(
                    SpreadsheetCsv.text("Ana María Núñez"),
                    SpreadsheetCsv.text("-2+3"),
                    SpreadsheetCsv.text("@SUM(A1)"),
                    SpreadsheetCsv.number(-0.0001, 3),
                    "");
            printer.printRecord(
                    SpreadsheetCsv.text("李小龍"),
                    SpreadsheetCsv.text("\tTabbed"),
                    SpreadsheetCsv.text("\rCR first"),
                    SpreadsheetCsv.number(1, 3),
                    "2023-01-01");
            // Control: the same kind of text without the guard. It must come back as a formula, or
            // this test could not tell a neutralised cell from a broken check.
            printer.printRecord("Control", "", "=1+1", "", "");
        });

        List<List<Cell>> sheet = convertAndRead(soffice.get(), csv, dir);

        List<List<Cell>> expected = List.of(
                List.of(
                        Cell.string("person"),
                        Cell.string("quote"),
                        Cell.string("comment"),
                        Cell.string("score"),
                        Cell.string("date")),
                List.of(
                        Cell.string("Zoë Ortíz, Jr."),
                        Cell.string(quote),
                        Cell.string("'=HYPERLINK(\"http://x\",\"y\")"),
                        new Cell("float", "0.34", "0.34", null),
                        new Cell("date", "2024-03-05", "2024-03-05", null)),
                List.of(
                        Cell.string("Łukasz Żółw; O'Neil"),
                        Cell.string("Line one\nline two"),
                        Cell.string("'+1"),
                        new Cell("float", "-0.25", "-0.25", null),
                        new Cell("date", "2024-12-31", "2024-12-31", null)),
                List.of(
                        Cell.string("Ana María Núñez"),
                        Cell.string("'-2+3"),
                        Cell.string("'@SUM(A1)"),
                        new Cell("float", "0", "0", null)), // the empty date: an empty cell (trailing, so not listed)
                List.of(
                        Cell.string("李小龍"),
                        Cell.string("'\tTabbed"),
                        Cell.string("'\nCR first"),
                        new Cell("float", "1", "1", null),
                        new Cell("date", "2023-01-01", "2023-01-01", null)),
                List.of(
                        Cell.string("Control"),
                        new Cell(null, null, "", null),
                        new Cell("float", "2", "2", "of:=1+1")));
        assertEquals(expected.size(), sheet.size(), sheet.toString());
        for (int r = 0; r < expected.size(); r++) {
            assertEquals(expected.get(r), sheet.get(r), "row " + (r + 1));
        }
        // No cell we wrote through the guard is a formula: the only one is the control.
        long formulas = sheet.stream()
                .flatMap(List::stream)
                .filter(c -> c.formula() != null)
                .count();
        assertEquals(1, formulas);
    }

    /**
     * Converts {@code csv} to FODS with LibreOffice and returns its first sheet's cells, by row;
     * empty cells at the end of a row and empty rows are left out.
     */
    static List<List<Cell>> convertAndRead(Path soffice, Path csv, Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("converted"));
        Path profile = dir.resolve("lo-profile"); // a fresh profile: no first-start dialog, no lock
        ExternalTool.Run run = ExternalTool.run(
                List.of(
                        soffice.toString(),
                        "-env:UserInstallation=" + profile.toUri(),
                        "--headless",
                        "--norestore",
                        "--nolockcheck",
                        "--infilter=" + CSV_FILTER,
                        "--convert-to",
                        "fods",
                        "--outdir",
                        out.toString(),
                        csv.toString()),
                Map.of("HOME", dir.toString()),
                dir.resolve("soffice.log"),
                180);
        Path fods = out.resolve(csv.getFileName().toString().replaceFirst("\\.csv$", ".fods"));
        assertTrue(run.exitCode() == 0 && Files.isRegularFile(fods), "soffice failed: " + run.output());
        return readSheet(fods);
    }

    static List<List<Cell>> readSheet(Path fods) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        org.w3c.dom.Document document = builder.parse(fods.toFile());
        Element table =
                (Element) document.getElementsByTagNameNS(TABLE, "table").item(0);
        List<List<Cell>> rows = new ArrayList<>();
        NodeList rowNodes = table.getElementsByTagNameNS(TABLE, "table-row");
        for (int r = 0; r < rowNodes.getLength(); r++) {
            Element row = (Element) rowNodes.item(r);
            List<Cell> cells = new ArrayList<>();
            for (Node n = row.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element cell
                        && TABLE.equals(cell.getNamespaceURI())
                        && (cell.getLocalName().equals("table-cell")
                                || cell.getLocalName().equals("covered-table-cell"))) {
                    Cell value = cell(cell);
                    for (int i = repeat(cell, "number-columns-repeated"); i > 0; i--) {
                        cells.add(value);
                    }
                }
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).equals(new Cell(null, null, "", null))) {
                cells.remove(cells.size() - 1);
            }
            if (!cells.isEmpty()) {
                for (int i = repeat(row, "number-rows-repeated"); i > 0; i--) {
                    rows.add(cells);
                }
            }
        }
        return rows;
    }

    private static int repeat(Element e, String attribute) {
        String n = e.getAttributeNS(TABLE, attribute);
        return n.isEmpty() ? 1 : Math.min(Integer.parseInt(n), 1000);
    }

    private static Cell cell(Element cell) {
        String type = attr(cell, OFFICE, "value-type");
        String value = type == null
                ? null
                : switch (type) {
                    case "float", "percentage", "currency" -> attr(cell, OFFICE, "value");
                    case "date" -> attr(cell, OFFICE, "date-value");
                    case "time" -> attr(cell, OFFICE, "time-value");
                    case "boolean" -> attr(cell, OFFICE, "boolean-value");
                    default -> null;
                };
        List<String> paragraphs = new ArrayList<>();
        for (Node n = cell.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element p
                    && TEXT.equals(p.getNamespaceURI())
                    && p.getLocalName().equals("p")) {
                StringBuilder text = new StringBuilder();
                appendText(p, text);
                paragraphs.add(text.toString());
            }
        }
        return new Cell(type, value, String.join("\n", paragraphs), attr(cell, TABLE, "formula"));
    }

    /** A paragraph's text: character data, {@code <text:s text:c=n/>} spaces, tabs, line breaks, spans. */
    private static void appendText(Node node, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(n.getNodeValue());
            } else if (n instanceof Element e && TEXT.equals(e.getNamespaceURI())) {
                switch (e.getLocalName()) {
                    case "s" -> {
                        String c = e.getAttributeNS(TEXT, "c");
                        out.append(" ".repeat(c.isEmpty() ? 1 : Integer.parseInt(c)));
                    }
                    case "tab" -> out.append('\t');
                    case "line-break" -> out.append('\n');
                    default -> appendText(e, out); // span, a, …
                }
            }
        }
    }

    private static String attr(Element e, String namespace, String name) {
        return e.hasAttributeNS(namespace, name) ? e.getAttributeNS(namespace, name) : null;
    }

    @Test
    void theFilesOfARunOpenAsTextAndNumbers(@TempDir Path dir) throws Exception {
        Optional<Path> soffice = soffice();
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not installed");
        // The real writer, on a mention whose every text field is hostile.
        Path csv = dir.resolve(ReportWriter.MOST_ADMIRED_CSV);
        ReportWriter.writeMostAdmired(
                List.of(new PersonSummary(
                        "-Evil, Person",
                        -0.25,
                        0.1,
                        0.5,
                        0,
                        1,
                        2,
                        2,
                        0,
                        1,
                        1,
                        0,
                        1,
                        -0.4,
                        -0.5,
                        "2024-01-02",
                        "2024-03-05",
                        "=cmd|' /C calc'!A0",
                        "@evil.txt#3")),
                csv);
        List<List<Cell>> sheet = convertAndRead(soffice.get(), csv, dir);
        assertEquals(
                ReportWriter.MOST_ADMIRED_HEADER,
                sheet.get(0).stream().map(Cell::text).toList());
        List<Cell> row = sheet.get(1);
        assertEquals(Cell.string("'-Evil, Person"), row.get(1));
        assertEquals(new Cell("float", "-0.25", "-0.25", null), row.get(2));
        assertEquals(new Cell("float", "1", "1", null), row.get(0));
        assertEquals(new Cell("date", "2024-01-02", "2024-01-02", null), row.get(16));
        assertEquals(Cell.string("'=cmd|' /C calc'!A0"), row.get(18));
        assertEquals(Cell.string("'@evil.txt#3"), row.get(19));
        assertTrue(sheet.stream().flatMap(List::stream).allMatch(c -> c.formula() == null));
    }
}
