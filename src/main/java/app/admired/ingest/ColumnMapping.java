package app.admired.ingest;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which column (CSV) or key (JSON Lines) of a comment export holds each field, when the export's
 * names are not among the common ones in {@code export-columns.txt}. Written on the command line as
 * {@code text=body,author=user,date=posted_at,article=post_id,title=headline,kind=type}; a field
 * not named keeps the usual lookup by common names.
 *
 * @param columns the column name given for each field
 */
public record ColumnMapping(Map<Field, String> columns) {

    /** The fields of an export record, by their key in the mapping syntax. */
    public enum Field {
        TEXT,
        AUTHOR,
        DATE,
        ARTICLE,
        TITLE,
        KIND,
        /** The author's role or job title ("CIO, Acme Corp"). */
        ROLE;

        /** The key used in the mapping syntax and in {@code export-columns.txt}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Field> ofKey(String key) {
            return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
        }
    }

    /** No overrides: every field is found by its common names. */
    public static final ColumnMapping NONE = new ColumnMapping(Map.of());

    public ColumnMapping {
        columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
    }

    /** The column given for {@code field}, if the mapping names one. */
    public Optional<String> columnFor(Field field) {
        return Optional.ofNullable(columns.get(field));
    }

    /**
     * Parses {@code key=column,key=column…}; a blank string is {@link #NONE}.
     *
     * @throws IllegalArgumentException naming the offending key or entry, for an unknown or repeated
     *                                  key, an entry without {@code =}, or an empty column name
     */
    public static ColumnMapping parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return NONE;
        }
        Map<Field, String> columns = new EnumMap<>(Field.class);
        for (String entry : spec.split(",", -1)) {
            int eq = entry.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("column mapping entry '" + entry.strip() + "' is not key=column");
            }
            String key = entry.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String column = entry.substring(eq + 1).strip();
            Field field = Field.ofKey(key)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "unknown column mapping key '" + key + "' (known keys: " + knownKeys() + ")"));
            if (column.isEmpty()) {
                throw new IllegalArgumentException("column mapping key '" + key + "' has no column name");
            }
            if (columns.put(field, column) != null) {
                throw new IllegalArgumentException("column mapping key '" + key + "' is given twice");
            }
        }
        return new ColumnMapping(columns);
    }

    private static String knownKeys() {
        return Arrays.stream(Field.values()).map(Field::key).collect(Collectors.joining(", "));
    }
}
