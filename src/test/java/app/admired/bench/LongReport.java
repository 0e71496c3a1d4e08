package app.admired.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes one long plain-text report, {@code LongReport FILE --chars N [--seed S]}: a title, a
 * byline and a date, then paragraphs of appendix prose that name nobody, with a paragraph naming a
 * person at the start, every tenth of the way and at the end. The people are listed on stdout (one
 * per line, after {@code PERSON }) so the caller can check that each was found.
 */
public final class LongReport {

    /** Named at the start, at each tenth, and at the end: twelve people, in order. */
    static final List<String> PEOPLE = List.of(
            "Travis Kalanick",
            "Lisa Su",
            "Satya Nadella",
            "Grace Hopper",
            "Jensen Huang",
            "Indra Nooyi",
            "Linus Torvalds",
            "Ginni Rometty",
            "Reed Hastings",
            "Marc Benioff",
            "Michael Dell",
            "Ursula Burns");

    private LongReport() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long chars = 20_000_000;
        long seed = 7;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--chars" -> chars = Long.parseLong(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long written = write(file, chars, seed);
        System.out.printf(Locale.ROOT, "wrote %s: %d characters%n", file, written);
        PEOPLE.forEach(p -> System.out.println("PERSON " + p));
    }

    /** Writes the report (about {@code chars} characters, ASCII) and returns its length. */
    static long write(Path file, long chars, long seed) throws IOException {
        Random random = new Random(seed);
        Files.createDirectories(file.toAbsolutePath().getParent());
        long length = 0;
        int nextPerson = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String head = "Annual Infrastructure Review with Appendices\nBy Review Office\nDate: 2024-06-30\n\n";
            out.write(head);
            length += head.length();
            while (nextPerson < PEOPLE.size()) {
                // Person k appears once the report has reached k/10 of its length (the last at the end).
                long mark = Math.min(chars, chars * nextPerson / (PEOPLE.size() - 2));
                String paragraph;
                if (length >= mark || (nextPerson == PEOPLE.size() - 1 && length >= chars)) {
                    paragraph = PEOPLE.get(nextPerson)
                            + " is someone many of the reviewers admire. "
                            + "The appendix records what the team learned from that example.\n\n";
                    nextPerson++;
                } else {
                    paragraph = String.format(
                            Locale.ROOT,
                            "Item %d. %s %s\n\n",
                            length,
                            CorpusGenerator.pick(random, CorpusGenerator.FILLER),
                            CorpusGenerator.pick(random, CorpusGenerator.FILLER));
                }
                out.write(paragraph);
                length += paragraph.length();
            }
        }
        return length;
    }
}
