package app.admired.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Comment exports as JSON Lines ({@code .jsonl}, {@code .ndjson}): one flat JSON object per line,
 * with the same field names (and {@link ColumnMapping}) as {@link CsvCommentReader}. The position of
 * a document is its line number (1-based); blank lines are ignored but still counted, so ids match
 * what an editor shows.
 */
public final class JsonlReader implements DocumentReader {

    /** Trailing tokens fail: {@code {"a":1} {"b":2}} on one line is two records glued, not one. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final ExportColumns columns;

    public JsonlReader(ColumnMapping mapping) {
        this.columns = new ExportColumns(mapping);
    }

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public boolean accepts(InputFile file) {
        return Set.of("jsonl", "ndjson").contains(file.extension());
    }

    @Override
    public ReadResult read(InputFile file) throws UnreadableInputException {
        String[] lines = file.normalizedText().split("\n", -1);
        List<ExportRecords.Raw> raws = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            if (!lines[i].isBlank()) {
                raws.add(record(lineNumber, lines[i]));
            }
        }
        if (raws.isEmpty()) {
            throw new UnreadableInputException("no-text", "the file has no JSON lines");
        }
        return ExportRecords.build(file.path(), raws, "line");
    }

    private ExportRecords.Raw record(int lineNumber, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return ExportRecords.Raw.bad(
                    lineNumber, "line " + lineNumber + " is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return ExportRecords.Raw.bad(lineNumber, "line " + lineNumber + " is not a JSON object");
        }
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        Map<ColumnMapping.Field, String> values = new EnumMap<>(ColumnMapping.Field.class);
        for (ColumnMapping.Field field : ColumnMapping.Field.values()) {
            columns.find(field, keys).ifPresent(key -> {
                JsonNode value = node.get(key);
                // Nested values are not read: exports we know keep every field flat.
                values.put(field, value.isValueNode() && !value.isNull() ? value.asText() : "");
            });
        }
        return ExportRecords.Raw.of(lineNumber, values);
    }
}
