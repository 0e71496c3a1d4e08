package app.admired.nlp;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A user's alias file: CSV rows {@code alias,canonical} ("Zuck,Mark Zuckerberg"). An optional
 * header row {@code alias,canonical} is skipped. Aliases override automatic linking; matching is
 * case- and accent-insensitive ({@link NameLinker#key}).
 */
public final class Aliases {

    public static final Aliases NONE = new Aliases(Map.of(), "");

    private final Map<String, String> canonicalByKey;
    private final String csv;

    private Aliases(Map<String, String> canonicalByKey, String csv) {
        this.canonicalByKey = canonicalByKey;
        this.csv = csv;
    }

    /**
     * @throws IllegalArgumentException naming the row when a row is not {@code alias,canonical}
     */
    public static Aliases read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Parses alias CSV text (also how aliases stored in the index are read back). */
    public static Aliases parse(String csv) {
        Map<String, String> map = new TreeMap<>();
        StringBuilder normalized = new StringBuilder();
        try (Reader reader = new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv)) {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .get()
                    .parse(reader)) {
                if (row.size() == 1 && row.get(0).isEmpty()) {
                    continue;
                }
                if (row.size() != 2 || row.get(0).isEmpty() || row.get(1).isEmpty()) {
                    throw new IllegalArgumentException("aliases row " + row.getRecordNumber()
                            + " is not 'alias,canonical': " + String.join(",", row));
                }
                if (row.getRecordNumber() == 1
                        && row.get(0).equalsIgnoreCase("alias")
                        && row.get(1).equalsIgnoreCase("canonical")) {
                    continue;
                }
                map.put(NameLinker.key(row.get(0)), row.get(1));
                normalized.append(row.get(0)).append(',').append(row.get(1)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new IllegalArgumentException("aliases are not valid CSV: " + e.getMessage());
        }
        return new Aliases(Collections.unmodifiableMap(map), normalized.toString());
    }

    /** The canonical name for {@code name} if the file names it, else {@code name} itself. */
    public String apply(String name) {
        return canonicalByKey.getOrDefault(NameLinker.key(name), name);
    }

    public boolean isEmpty() {
        return canonicalByKey.isEmpty();
    }

    /** The aliases as CSV rows, for storing beside the index. */
    public String toCsv() {
        return csv;
    }
}
