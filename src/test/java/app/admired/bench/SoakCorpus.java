package app.admired.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The soak benchmark's corpus ({@code bench/soak}).
 *
 * <ul>
 *   <li>{@code SoakCorpus generate DIR --docs N [--seed S]}: the {@link CorpusGenerator} corpus of N
 *       documents, plus one long report ({@link LongReport}, 300,000 characters, so annotated in
 *       windows) per 5,000 documents and one bad file of each kind per 10,000 documents (empty,
 *       binary, undecodable, a line over a million characters, an unclosed CSV quote, malformed
 *       WordPress XML), the comment threads moved beside their articles so that every part of
 *       the run reads the same mix;</li>
 *   <li>{@code SoakCorpus change DIR --every K}: appends a paragraph to every K-th article (sorted
 *       by path), the edit an incremental run must pick up.</li>
 * </ul>
 */
public final class SoakCorpus {

    private SoakCorpus() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "generate" -> {
                int docs = Integer.parseInt(option(args, "--docs", "100000"));
                long seed = Long.parseLong(option(args, "--seed", "42"));
                long chars = CorpusGenerator.generate(dir, docs, seed);
                interleaveThreads(dir);
                int extras = addLongAndBadFiles(dir, docs, seed);
                System.out.printf(
                        Locale.ROOT,
                        "generated %d documents, %d characters, plus %d long or bad files in %s%n",
                        docs,
                        chars,
                        extras,
                        dir);
            }
            case "change" -> {
                int every = Integer.parseInt(option(args, "--every", "100"));
                System.out.printf(Locale.ROOT, "changed %d files in %s%n", change(dir, every), dir);
            }
            default -> throw new IllegalArgumentException("usage: SoakCorpus generate|change DIR [options]");
        }
    }

    private static String option(String[] args, String name, String otherwise) {
        for (int i = 2; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return otherwise;
    }

    /**
     * Moves each comment thread beside its article ({@code articles/00002-comments.txt} after
     * {@code articles/00002.txt}): files are read in path order, and a corpus whose last tenth is all
     * comments would show a change of content, not of speed, between the first and the last tenth.
     */
    static void interleaveThreads(Path dir) throws IOException {
        List<Path> threads;
        try (Stream<Path> list = Files.list(dir.resolve("comments"))) {
            threads = list.sorted().toList();
        }
        for (Path thread : threads) {
            Files.move(thread, dir.resolve("articles").resolve(thread.getFileName()));
        }
        Files.delete(dir.resolve("comments"));
    }

    static int addLongAndBadFiles(Path dir, int docs, long seed) throws IOException {
        Path odd = dir.resolve("odd");
        Files.createDirectories(odd);
        int written = 0;
        for (int i = 0; i < Math.max(1, docs / 5_000); i++) {
            LongReport.write(
                    dir.resolve(String.format(Locale.ROOT, "articles/%05d-long-report.txt", i * 50)),
                    300_000,
                    seed + i);
            written++;
        }
        for (int i = 0; i < Math.max(1, docs / 10_000); i++) {
            String n = String.format(Locale.ROOT, "%03d", i);
            Files.writeString(odd.resolve(n + "-empty.txt"), "");
            Files.write(odd.resolve(n + "-binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1, 2, 0, 0});
            Files.write(odd.resolve(n + "-undecodable.txt"), new byte[] {'A', ' ', (byte) 0x81, (byte) 0x8d, 'z'});
            Files.writeString(odd.resolve(n + "-one-line.txt"), "x".repeat(1_000_001), StandardCharsets.UTF_8);
            Files.writeString(
                    odd.resolve(n + "-unclosed.csv"),
                    "author,text\nAda Quinn,Lisa Su is a role model.\nBen Ortiz,\"never closed\n",
                    StandardCharsets.UTF_8);
            Files.writeString(odd.resolve(n + "-broken.xml"), "<rss><channel><item>", StandardCharsets.UTF_8);
            written += 6;
        }
        return written;
    }

    static int change(Path dir, int every) throws IOException {
        List<Path> articles;
        try (Stream<Path> walk = Files.walk(dir.resolve("articles"))) {
            articles = walk.filter(Files::isRegularFile).sorted().toList();
        }
        int changed = 0;
        for (int i = 0; i < articles.size(); i += every) {
            Files.writeString(
                    articles.get(i),
                    "\n\nUpdate: readers wrote in to say they still admire Grace Hopper.\n",
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
            changed++;
        }
        return changed;
    }
}
