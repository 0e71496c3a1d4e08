package app.admired.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.admired.index.CorpusIndexWriter;
import app.admired.ingest.DocumentKind;
import app.admired.ingest.SourceDocument;
import app.admired.nlp.Aliases;
import app.admired.nlp.PersonMention;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'trend', 'people --since/--until' and the stored period, over an index written directly (no
 * CoreNLP): Ada is criticised as much as admired in 2023-Q4 and only admired in 2024-Q1.
 */
class TrendCommandTest {

    private static final double Z = app.admired.report.WilsonBound.Z_95;

    @TempDir
    static Path temp;

    private static String index;

    private static void add(
            CorpusIndexWriter writer,
            String path,
            int position,
            String author,
            String date,
            String name,
            String polarity,
            double score)
            throws Exception {
        String id = path + "#" + position;
        String sentence = name + " came up today.";
        writer.add(
                new SourceDocument(id, DocumentKind.COMMENT, path, position, "", author, date, "", "", sentence),
                "hash-" + path,
                "text",
                List.of(new PersonMention(
                        id,
                        name,
                        name,
                        0,
                        name.length(),
                        0,
                        sentence,
                        polarity,
                        score,
                        score,
                        2,
                        polarity.equals("negative") ? "criticism" : "admiration",
                        "")));
    }

    @BeforeAll
    static void writeIndex() throws Exception {
        Path dir = temp.resolve("out/index");
        try (CorpusIndexWriter writer = CorpusIndexWriter.create(dir)) {
            add(writer, "comments/a.txt", 1, "Ann", "2023-11-02T10:00:00", "Ada Lovelace", "positive", 1.0);
            add(writer, "comments/a.txt", 2, "Ben", "2023-12-31T23:59:00", "Ada Lovelace", "negative", -1.0);
            add(writer, "comments/b.txt", 1, "Cat", "2024-01-01T00:01:00", "Lovelace", "positive", 1.0);
            add(writer, "comments/b.txt", 2, "Dan", "2024-03-31", "Ada Lovelace", "positive", 1.0);
            add(writer, "comments/c.txt", 1, "Eve", "2030-01-01", "Grace Hopper", "positive", 0.8);
            add(writer, "comments/c.txt", 2, "Fay", "", "Grace Hopper", "negative", -0.6);
            writer.commit(Aliases.NONE, "test", temp.resolve("corpus"), "month", "2026-01-01");
        }
        index = dir.toString();
    }

    private static EndToEndTest.Captured run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--index";
        all[args.length + 1] = index;
        return EndToEndTest.execute(all);
    }

    private static void assertOneLineUsage(EndToEndTest.Captured result, String fragment) {
        assertEquals(ExitCodes.USAGE, result.exitCode(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains(fragment), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    @Test
    void textShowsASparklineAndAnAlignedTable() {
        EndToEndTest.Captured result = run("trend", "Lovelace", "--period", "quarter");
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        // 2023-Q4 scores 0 (level 4 of 8), 2024-Q1 scores 1 / (1 + z^2 / 2) = 0.342 (level 5).
        assertEquals("Ada Lovelace  ▅▆", lines.get(0));
        assertEquals(4, lines.size(), result.out());
        assertTrue(lines.get(2).startsWith("2023-Q4"), lines.get(2));
        assertTrue(lines.get(3).startsWith("2024-Q1"), lines.get(3));
        assertTrue(lines.get(3).contains(String.format(java.util.Locale.ROOT, "%.3f", 1 / (1 + Z * Z / 2))));
        assertEquals(lines.get(1).length(), lines.get(2).length(), "columns line up");
        assertEquals(lines.get(1).length(), lines.get(3).length(), "columns line up");
    }

    @Test
    void theStoredPeriodIsTheDefault() {
        EndToEndTest.Captured result = run("trend", "Ada Lovelace", "--format", "csv");
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals(String.join(",", TrendCommand.COLUMNS), lines.get(0));
        assertEquals(
                List.of("2023-11", "2023-12", "2024-01", "2024-03"),
                lines.subList(1, lines.size()).stream()
                        .map(l -> l.split(",")[1])
                        .toList());
    }

    @Test
    void jsonRowsCarryTheCountsAndScore() throws Exception {
        EndToEndTest.Captured result = run("trend", "ada lovelace", "--period", "year", "--format", "json");
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        JsonNode rows = new ObjectMapper().readTree(result.out());
        assertEquals(2, rows.size());
        assertEquals("2023", rows.get(0).get("period").asText());
        assertEquals(1, rows.get(0).get("admirers").asInt());
        assertEquals(1, rows.get(0).get("critics").asInt());
        assertEquals(0.0, rows.get(0).get("score").asDouble(), 1e-9);
        assertEquals("2024", rows.get(1).get("period").asText());
        assertEquals(
                Math.round(1 / (1 + Z * Z / 2) * 1e4) / 1e4,
                rows.get(1).get("score").asDouble(),
                1e-9);
    }

    @Test
    void futureAndMissingDatesAreUndated() {
        EndToEndTest.Captured result = run("trend", "GRACE HOPPER", "--format", "csv");
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals(2, lines.size(), result.out());
        assertTrue(lines.get(1).startsWith("Grace Hopper,undated,2,2,1,0,1,1,1,"), lines.get(1));
    }

    @Test
    void anUnknownPersonIsOneLineAndExit2() {
        assertOneLineUsage(run("trend", "Nobody Atall"), "Nobody Atall");
    }

    @Test
    void aBadPeriodIsOneLineAndExit2() {
        assertOneLineUsage(run("trend", "Ada", "--period", "week"), "--period");
    }

    @Test
    void peopleRanksTheWindowOnly() {
        EndToEndTest.Captured all = run("people", "--format", "csv");
        assertEquals(3, all.out().lines().count(), all.out());
        EndToEndTest.Captured q1 = run("people", "--since", "2024-01-01", "--until", "2024-03-31", "--format", "csv");
        assertEquals(ExitCodes.OK, q1.exitCode(), q1.err());
        List<String> lines = q1.out().lines().toList();
        assertEquals(2, lines.size(), "Grace's future and undated evidence are outside every window: " + q1.out());
        assertTrue(lines.get(1).startsWith("1,Ada Lovelace,0.3424,2,0,2,"), lines.get(1));
        EndToEndTest.Captured q4 = run("people", "--until", "2023-12-31", "--format", "csv");
        assertTrue(q4.out().lines().toList().get(1).startsWith("1,Ada Lovelace,0.0,1,1,2,"), q4.out());
    }

    @Test
    void aBadWindowDateIsOneLineAndExit2() {
        assertOneLineUsage(run("people", "--since", "last year"), "--since");
    }

    @Test
    void reportWritesTheTrendsOfTheStoredPeriod() throws Exception {
        Path out = temp.resolve("report");
        EndToEndTest.Captured result = EndToEndTest.execute("report", "--index", index, "--out", out.toString());
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        List<String> lines = Files.readString(out.resolve("trends.csv"), StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertEquals(
                "\uFEFFperson,period,mentions,documents,positive,neutral,negative,admirers,critics,score,"
                        + "admiration_cues,criticism_cues",
                lines.get(0));
        assertEquals(
                List.of(
                        "Ada Lovelace,2023-11",
                        "Ada Lovelace,2023-12",
                        "Ada Lovelace,2024-01",
                        "Ada Lovelace,2024-03",
                        "Grace Hopper,undated"),
                lines.subList(1, lines.size()).stream()
                        .map(l -> l.substring(0, l.indexOf(',', l.indexOf(',') + 1)))
                        .toList());
        byte[] first = Files.readAllBytes(out.resolve("trends.csv"));
        EndToEndTest.execute("report", "--index", index, "--out", out.toString());
        assertEquals(
                new String(first, StandardCharsets.UTF_8),
                Files.readString(out.resolve("trends.csv"), StandardCharsets.UTF_8),
                "same index, same bytes");
    }

    /** A second index: Ada as the views of a quoted CIO (2024) and of a commenter (2023). */
    private static String holderIndex() throws Exception {
        Path dir = temp.resolve("holders/index");
        if (Files.exists(dir)) {
            return dir.toString();
        }
        try (CorpusIndexWriter writer = CorpusIndexWriter.create(dir)) {
            String article = "articles/q.txt#0";
            String quote = "\"Ada Lovelace is my model,\" said Dale Kowalczyk, CIO of Hartwell Foods.";
            writer.add(
                    SourceDocument.article("articles/q.txt", "Q", "Tomas Lindqvist", "2024-05-02", quote),
                    "hash-q",
                    "text",
                    List.of(new PersonMention(
                            article,
                            "Ada Lovelace",
                            "Ada Lovelace",
                            1,
                            13,
                            0,
                            quote,
                            "positive",
                            0.9,
                            0.9,
                            2,
                            "admiration",
                            "model",
                            "Dale Kowalczyk",
                            "quoted",
                            "CIO",
                            "Hartwell Foods",
                            "",
                            "")));
            String comment = "Ada Lovelace is overrated.";
            writer.add(
                    SourceDocument.comment("comments/z.txt", 1, "Q", "Zed", "2023-02-02", comment),
                    "hash-z",
                    "text",
                    List.of(new PersonMention(
                            "comments/z.txt#1",
                            "Ada Lovelace",
                            "Ada Lovelace",
                            0,
                            12,
                            0,
                            comment,
                            "negative",
                            -0.8,
                            -0.8,
                            1,
                            "criticism",
                            "overrated",
                            "Zed",
                            "commenter",
                            "",
                            "",
                            "",
                            "")));
            writer.commit(Aliases.NONE, "test", temp.resolve("corpus"), "year", "2026-01-01");
        }
        return dir.toString();
    }

    @Test
    void holderRoleAndKindKeepOnlyThoseHoldersViews() throws Exception {
        String holders = holderIndex();
        EndToEndTest.Captured all = EndToEndTest.execute("trend", "Lovelace", "--index", holders, "--format", "csv");
        assertEquals(3, all.out().lines().count(), all.out());

        for (String role : List.of("CIO", "it leader")) {
            EndToEndTest.Captured cio = EndToEndTest.execute(
                    "trend", "Lovelace", "--index", holders, "--holder-role", role, "--format", "csv");
            assertEquals(ExitCodes.OK, cio.exitCode(), cio.err());
            List<String> lines = cio.out().lines().toList();
            assertEquals(2, lines.size(), cio.out());
            assertTrue(lines.get(1).startsWith("Ada Lovelace,2024,1,1,1,0,0,1,0,"), lines.get(1));
        }
        EndToEndTest.Captured commenters = EndToEndTest.execute(
                "trend", "Lovelace", "--index", holders, "--holder-kind", "commenter", "--format", "csv");
        List<String> lines = commenters.out().lines().toList();
        assertEquals(2, lines.size(), commenters.out());
        assertTrue(lines.get(1).startsWith("Ada Lovelace,2023,1,1,0,0,1,0,1,"), lines.get(1));
    }

    @Test
    void aRoleWithNoViewsOrAnUnknownRoleIsAnEmptyAnswerWithANote() throws Exception {
        String holders = holderIndex();
        EndToEndTest.Captured none =
                EndToEndTest.execute("trend", "Lovelace", "--index", holders, "--holder-role", "CISO");
        assertEquals(ExitCodes.OK, none.exitCode(), none.err());
        assertEquals(
                "No trend: no view of Lovelace from holders with the role CISO in the index.",
                none.out().strip());
        EndToEndTest.Captured unknown =
                EndToEndTest.execute("trend", "Lovelace", "--index", holders, "--holder-role", "astronaut");
        assertEquals(ExitCodes.OK, unknown.exitCode(), unknown.err());
        assertTrue(
                unknown.out().startsWith("No trend: 'astronaut' is not a known role. Known roles and groups: "),
                unknown.out());
        assertTrue(unknown.out().contains("IT leader"), unknown.out());
        assertOneLineUsage(
                EndToEndTest.execute("trend", "Lovelace", "--index", holders, "--holder-kind", "journalist"),
                "--holder-kind");
    }
}
