package app.admired.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Comment exports as CSV ({@code .csv}, RFC 4180, header row required): one record per comment (or
 * article, by a {@code kind} column). Columns are found by common names or a {@link ColumnMapping};
 * see {@link ExportRecords} for what each field means. The position of a document is its data
 * record number (1 = the first record under the header), so ids survive edits to quoted newlines.
 */
public final class CsvCommentReader implements DocumentReader {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final ExportColumns columns;

    public CsvCommentReader(ColumnMapping mapping) {
        this.columns = new ExportColumns(mapping);
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public boolean accepts(InputFile file) {
        return file.extension().equals("csv");
    }

    @Override
    public ReadResult read(InputFile file) throws UnreadableInputException {
        try (CSVParser parser = CSVParser.parse(file.normalizedText(), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = header(records);
            Map<ColumnMapping.Field, Integer> index = new EnumMap<>(ColumnMapping.Field.class);
            for (ColumnMapping.Field field : ColumnMapping.Field.values()) {
                columns.find(field, header).ifPresent(name -> index.put(field, header.indexOf(name)));
            }
            if (!index.containsKey(ColumnMapping.Field.TEXT)) {
                throw new UnreadableInputException(
                        "no-text-column",
                        "the header has no text column (expected " + columns.expected(ColumnMapping.Field.TEXT) + ")");
            }
            List<ExportRecords.Raw> raws = new ArrayList<>();
            List<SkippedFile> unreadTail = new ArrayList<>();
            int lastRead = 0;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // commons-csv stops at an unclosed quote; the records before it are good.
                    int next = lastRead + 1;
                    unreadTail.add(new SkippedFile(
                            SourceDocument.idFor(file.path(), next),
                            ExportRecords.MALFORMED,
                            "unclosed quote at record " + next + "; it and the rest of the file were not read"));
                    break;
                }
                int position = (int) record.getRecordNumber() - 1;
                lastRead = position;
                if (record.size() != header.size()) {
                    raws.add(ExportRecords.Raw.bad(
                            position,
                            "record " + position + " has " + record.size() + " fields; the header has "
                                    + header.size()));
                    continue;
                }
                Map<ColumnMapping.Field, String> values = new EnumMap<>(ColumnMapping.Field.class);
                index.forEach((field, column) -> values.put(field, record.get(column)));
                raws.add(ExportRecords.Raw.of(position, values));
            }
            if (raws.isEmpty() && unreadTail.isEmpty()) {
                throw new UnreadableInputException("no-text", "the CSV file has a header but no records");
            }
            ReadResult built = ExportRecords.build(file.path(), raws, "record");
            List<SkippedFile> skipped = new ArrayList<>(built.skippedRecords());
            skipped.addAll(unreadTail);
            return new ReadResult(built.documents(), skipped);
        } catch (IOException e) {
            throw new UnreadableInputException("malformed-csv", "the CSV file cannot be parsed: " + e.getMessage());
        }
    }

    private static List<String> header(Iterator<CSVRecord> records) throws UnreadableInputException {
        Optional<CSVRecord> first;
        try {
            first = records.hasNext() ? Optional.of(records.next()) : Optional.empty();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new UnreadableInputException("malformed-csv", "the header row cannot be parsed: " + e.getMessage());
        }
        return first.map(CSVRecord::toList)
                .orElseThrow(() -> new UnreadableInputException("no-text-column", "the CSV file has no header row"));
    }
}
