package app.admired.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the column of each export field among the names an export uses (a CSV header, the keys of
 * a JSON object): the name given by the {@link ColumnMapping}, else the first of the common names
 * in {@code export-columns.txt}. Names match case-insensitively.
 */
final class ExportColumns {

    private static final Map<ColumnMapping.Field, List<String>> COMMON_NAMES = loadCommonNames();

    private final ColumnMapping mapping;

    ExportColumns(ColumnMapping mapping) {
        this.mapping = mapping;
    }

    /** The name, exactly as the export spells it, that holds {@code field}. */
    Optional<String> find(ColumnMapping.Field field, Collection<String> names) {
        List<String> wanted = mapping.columnFor(field).map(List::of).orElse(COMMON_NAMES.get(field));
        for (String candidate : wanted) {
            for (String name : names) {
                if (name.strip().equalsIgnoreCase(candidate)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /** What the mapping or the common names expect for {@code field}, for messages. */
    String expected(ColumnMapping.Field field) {
        return mapping.columnFor(field)
                .map(c -> "'" + c + "'")
                .orElse("one of " + String.join(", ", COMMON_NAMES.get(field)));
    }

    private static Map<ColumnMapping.Field, List<String>> loadCommonNames() {
        Map<ColumnMapping.Field, List<String>> names = new EnumMap<>(ColumnMapping.Field.class);
        for (String line : ResourceLines.read(ExportColumns.class, "export-columns.txt")) {
            int colon = line.indexOf(':');
            ColumnMapping.Field field = ColumnMapping.Field.ofKey(
                            line.substring(0, colon).strip())
                    .orElseThrow(() -> new IllegalStateException("export-columns.txt: unknown field in " + line));
            List<String> list = new ArrayList<>();
            for (String name : line.substring(colon + 1).split(",")) {
                list.add(name.strip().toLowerCase(Locale.ROOT));
            }
            names.put(field, List.copyOf(list));
        }
        for (ColumnMapping.Field field : ColumnMapping.Field.values()) {
            names.putIfAbsent(field, List.of());
        }
        return names;
    }
}
