package app.admired.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunSummaryTest {

    private static RunSummary summary() {
        Map<String, Integer> formats = new LinkedHashMap<>(); // deliberately unsorted
        formats.put("txt", 30);
        formats.put("html", 8);
        formats.put("csv", 2);
        Map<String, Integer> skips = new LinkedHashMap<>();
        skips.put("empty", 1);
        skips.put("binary", 2);
        Map<String, Long> stages = new LinkedHashMap<>();
        stages.put("ingest", 1_200L);
        stages.put("annotate", 40_100L);
        stages.put("index", 500L);
        stages.put("report", 300L);
        Map<String, Integer> undated = new LinkedHashMap<>();
        undated.put(DatePolicy.NO_YEAR, 2);
        undated.put(DatePolicy.FUTURE, 1);
        return new RunSummary(formats, skips, 15, 40, 1_234, 567, 89, 12_000, stages, 52_000, undated, "local", 1);
    }

    @Test
    void jsonHasAFixedShape(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(RunSummary.FILE_NAME);
        summary().writeJson(file);
        String expected = """
                {
                  "engine": "local",
                  "executors": 1,
                  "files_read": 15,
                  "documents": 40,
                  "documents_per_format": {
                    "csv": 2,
                    "html": 8,
                    "txt": 30
                  },
                  "skipped": 3,
                  "skips_per_reason": {
                    "binary": 2,
                    "empty": 1
                  },
                  "dates_treated_as_undated": {
                    "future": 1,
                    "no year": 2
                  },
                  "sentences": 1234,
                  "mentions": 567,
                  "people": 89,
                  "startup_millis": 12000,
                  "stage_millis": {
                    "annotate": 40100,
                    "index": 500,
                    "ingest": 1200,
                    "report": 300
                  },
                  "total_millis": 52000,
                  "documents_per_second": 1.00,
                  "sentences_per_second": 30.85
                }
                """;
        assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList()); // no temporary file left behind
        }
    }

    @Test
    void throughputLeavesModelLoadingOut() {
        RunSummary s = summary();
        assertEquals(40_000, s.processingMillis());
        assertEquals(1.0, s.documentsPerSecond(), 1e-12);
        assertEquals(30.85, s.sentencesPerSecond(), 1e-12);
        assertEquals(3, s.skipped());
        assertEquals(
                "admired: 3 documents with unusable dates treated as undated (future 1, no year 2)",
                s.summaryLines().get(s.summaryLines().size() - 1));
        assertEquals(
                List.of("csv", "html", "txt"), List.copyOf(s.documentsByFormat().keySet()));
    }

    @Test
    void emptyRunHasZeroThroughputAndEmptyMaps() throws IOException {
        RunSummary s = new RunSummary(Map.of(), null, 0, 0, 0, 0, 0, 0, Map.of(), 0, Map.of(), "local", 1);
        assertEquals(0.0, s.documentsPerSecond());
        String json = s.toJson();
        assertEquals(
                true,
                json.contains("\"documents_per_format\": { },") || json.contains("\"documents_per_format\": {},"),
                json);
        assertEquals(true, json.contains("\"sentences_per_second\": 0.00\n}"), json);
        assertEquals(
                List.of(
                        "admired: 0 files read, 0 documents",
                        "admired: 0 skipped",
                        "admired: 0 sentences, 0 mentions of 0 people",
                        "admired: models loaded in 0.0 s; total 0.0 s",
                        "admired: 0.00 documents/s, 0.00 sentences/s (without model loading)"),
                s.summaryLines());
    }

    @Test
    void summaryLinesForStderr() {
        assertEquals(
                List.of(
                        "admired: 15 files read, 40 documents (csv 2, html 8, txt 30)",
                        "admired: 3 skipped (binary 2, empty 1)",
                        "admired: 1234 sentences, 567 mentions of 89 people",
                        "admired: models loaded in 12.0 s; annotate 40.1 s, index 0.5 s, ingest 1.2 s, report 0.3 s; total 52.0 s",
                        "admired: 1.00 documents/s, 30.85 sentences/s (without model loading)",
                        "admired: 3 documents with unusable dates treated as undated (future 1, no year 2)"),
                summary().summaryLines());
    }
}
