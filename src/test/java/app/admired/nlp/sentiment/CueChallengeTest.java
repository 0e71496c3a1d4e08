package app.admired.nlp.sentiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.admired.ingest.SourceDocument;
import app.admired.nlp.PersonAnnotator;
import app.admired.nlp.PersonMention;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The cue challenge set ({@code nlp/cue-challenge.tsv}): sentences naming one or two people, each
 * with the verdict expected toward every person (contrasts, admired attributes, withdrawn views,
 * news predicates, plain controls). Prints the accuracy per class and overall; fails if the overall
 * accuracy falls below the floor last measured (docs/ACCURACY.md), so a rule change that loses
 * cases is seen.
 */
@Tag("corenlp")
class CueChallengeTest {

    /** The accuracy measured on this commit, rounded down: a regression fails the build. */
    private static final double FLOOR = 0.85;

    private record Case(String kind, String sentence, Map<String, String> expected) {}

    private static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = CueChallengeTest.class.getResourceAsStream("/nlp/cue-challenge.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                Map<String, String> expected = new TreeMap<>();
                for (String pair : columns[2].split(";")) {
                    String[] kv = pair.split("=");
                    expected.put(kv[0], kv[1]);
                }
                cases.add(new Case(columns[0], columns[1], expected));
            }
        }
        return cases;
    }

    @Test
    void challengeSetAccuracyStaysAboveItsFloor() throws IOException {
        PersonAnnotator annotator = PersonAnnotator.standard();
        Map<String, int[]> perKind = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        int right = 0;
        int total = 0;
        List<Case> cases = cases();
        for (Case c : cases) {
            List<PersonMention> mentions =
                    annotator.annotate(SourceDocument.article("c.txt", "", "", "", c.sentence()));
            for (Map.Entry<String, String> e : c.expected().entrySet()) {
                String got = mentions.stream()
                        .filter(m -> m.person().equals(e.getKey()))
                        .map(PersonMention::polarity)
                        .findFirst()
                        .orElse("missing");
                boolean ok = got.equals(e.getValue());
                int[] counts = perKind.computeIfAbsent(c.kind(), k -> new int[2]);
                counts[1]++;
                total++;
                if (ok) {
                    counts[0]++;
                    right++;
                } else {
                    wrong.add(c.kind() + "  " + e.getKey() + " expected " + e.getValue() + " got " + got + "  | "
                            + c.sentence());
                }
            }
        }
        double accuracy = (double) right / total;
        StringBuilder report = new StringBuilder();
        report.append(String.format(
                Locale.ROOT,
                "cue challenge: %d sentences, %d verdicts, accuracy %.3f%n",
                cases.size(),
                total,
                accuracy));
        perKind.forEach((kind, n) -> report.append(
                String.format(Locale.ROOT, "  %-10s %3d/%3d  %.3f%n", kind, n[0], n[1], (double) n[0] / n[1])));
        wrong.forEach(w -> report.append("  wrong: ").append(w).append('\n'));
        System.out.print(report);
        assertTrue(cases.size() >= 100, "the challenge set has at least 100 sentences");
        assertTrue(accuracy >= FLOOR, report.toString());
    }
}
