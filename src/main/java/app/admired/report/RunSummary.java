package app.admired.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a run did, for the summary on stderr and {@code output/run-summary.json}. The maps are kept
 * sorted by key (whatever map the caller passes), so the JSON and the lines are stable.
 *
 * @param documentsByFormat documents indexed, per reader format ({@code txt}, {@code html}, …)
 * @param skipsByReason     files or records skipped, per reason ({@code empty}, {@code binary}, …)
 * @param filesRead         files listed under the corpus folder and read
 * @param documents         documents indexed
 * @param sentences         sentences annotated
 * @param mentions          person mentions found
 * @param people            people in the ranking
 * @param startupMillis     time spent loading the CoreNLP models (0 when none were loaded)
 * @param stageMillis       wall time per stage, e.g. {@code ingest}, {@code annotate}, {@code index},
 *                          {@code report}
 * @param totalMillis       wall time of the whole run
 * @param undatedByReason   documents whose date is unusable and so treated as undated, per reason
 *                          ({@code future}, {@code before 1990}, {@code no year}; see {@link DatePolicy})
 * @param engine            {@code local} or {@code spark}
 * @param executors         JVMs that annotated (1 for a local run; a Spark cluster's executors)
 */
public record RunSummary(
        Map<String, Integer> documentsByFormat,
        Map<String, Integer> skipsByReason,
        int filesRead,
        int documents,
        long sentences,
        int mentions,
        int people,
        long startupMillis,
        Map<String, Long> stageMillis,
        long totalMillis,
        Map<String, Integer> undatedByReason,
        String engine,
        int executors) {

    public static final String FILE_NAME = "run-summary.json";

    public RunSummary {
        engine = engine == null ? "local" : engine;
        documentsByFormat = sorted(documentsByFormat);
        skipsByReason = sorted(skipsByReason);
        stageMillis = sorted(stageMillis);
        undatedByReason = sorted(undatedByReason);
    }

    private static <V> SortedMap<String, V> sorted(Map<String, V> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(map == null ? Map.of() : map));
    }

    /** Files and records skipped, all reasons together. */
    public int skipped() {
        return skipsByReason.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The time throughput is measured over: the run's wall time less model loading (a fixed cost
     * that says nothing about the corpus).
     */
    public long processingMillis() {
        return Math.max(0, totalMillis - startupMillis);
    }

    /** Documents per second of {@linkplain #processingMillis processing time}; 0 when no time passed. */
    public double documentsPerSecond() {
        return perSecond(documents);
    }

    /** Sentences per second of {@linkplain #processingMillis processing time}; 0 when no time passed. */
    public double sentencesPerSecond() {
        return perSecond(sentences);
    }

    private double perSecond(long count) {
        long millis = processingMillis();
        return millis == 0 ? 0.0 : count * 1000.0 / millis;
    }

    /**
     * Writes the summary as pretty-printed JSON (two-space indent, LF line ends, keys in a fixed
     * order, throughput with two decimals) to a temporary file renamed to {@code file}.
     */
    public void writeJson(Path file) throws IOException {
        AtomicFiles.writeUtf8(file, toJson());
    }

    /** The JSON {@link #writeJson} writes. */
    public String toJson() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("engine", engine);
        root.put("executors", executors);
        root.put("files_read", filesRead);
        root.put("documents", documents);
        ObjectNode formats = root.putObject("documents_per_format");
        documentsByFormat.forEach(formats::put);
        root.put("skipped", skipped());
        ObjectNode reasons = root.putObject("skips_per_reason");
        skipsByReason.forEach(reasons::put);
        ObjectNode undated = root.putObject("dates_treated_as_undated");
        undatedByReason.forEach(undated::put);
        root.put("sentences", sentences);
        root.put("mentions", mentions);
        root.put("people", people);
        root.put("startup_millis", startupMillis);
        ObjectNode stages = root.putObject("stage_millis");
        stageMillis.forEach(stages::put);
        root.put("total_millis", totalMillis);
        root.put("documents_per_second", twoPlaces(documentsPerSecond()));
        root.put("sentences_per_second", twoPlaces(sentencesPerSecond()));

        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return mapper.writer(printer).writeValueAsString(root) + "\n";
    }

    private static BigDecimal twoPlaces(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    /** The human summary for stderr, one line each, starting {@code admired: }. */
    public List<String> summaryLines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "admired: %d files read, %d documents%s",
                filesRead,
                documents,
                counts(documentsByFormat)));
        lines.add(String.format(Locale.ROOT, "admired: %d skipped%s", skipped(), counts(skipsByReason)));
        lines.add(String.format(
                Locale.ROOT, "admired: %d sentences, %d mentions of %d people", sentences, mentions, people));
        String stages = stageMillis.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue() / 1000.0))
                .collect(Collectors.joining(", "));
        lines.add(String.format(
                Locale.ROOT,
                "admired: models loaded in %.1f s; %s%stotal %.1f s",
                startupMillis / 1000.0,
                stages,
                stages.isEmpty() ? "" : "; ",
                totalMillis / 1000.0));
        lines.add(String.format(
                Locale.ROOT,
                "admired: %.2f documents/s, %.2f sentences/s (without model loading)",
                documentsPerSecond(),
                sentencesPerSecond()));
        if (!undatedByReason.isEmpty()) {
            lines.add(String.format(
                    Locale.ROOT,
                    "admired: %d documents with unusable dates treated as undated%s",
                    undatedByReason.values().stream()
                            .mapToInt(Integer::intValue)
                            .sum(),
                    counts(undatedByReason)));
        }
        return lines;
    }

    private static String counts(Map<String, Integer> map) {
        if (map.isEmpty()) {
            return "";
        }
        return map.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ", " (", ")"));
    }
}
