package app.admired.bench;

import app.admired.ingest.SourceDocument;
import app.admired.nlp.PersonAnnotator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What holder and role attribution costs inside annotation: annotates every file of a corpus twice
 * in one JVM (the first pass warms up) and prints the second pass's annotation time and the share
 * of it spent in {@code nlp.attribution}. Usage: {@code AttributionCost CORPUS}.
 */
public final class AttributionCost {

    private AttributionCost() {}

    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        PersonAnnotator annotator = PersonAnnotator.standard();
        for (int pass = 1; pass <= 2; pass++) {
            long before = annotator.attributionMillis();
            long start = System.nanoTime();
            for (Path file : files) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                annotator.annotate(SourceDocument.article(file.toString(), "", "", "", text));
            }
            long total = (System.nanoTime() - start) / 1_000_000;
            long attribution = annotator.attributionMillis() - before;
            System.out.printf(
                    Locale.ROOT,
                    "pass %d: %d files, annotate %d ms, attribution %d ms (%.1f %%)%n",
                    pass,
                    files.size(),
                    total,
                    attribution,
                    100.0 * attribution / total);
        }
    }
}
