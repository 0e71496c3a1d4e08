package app.admired.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic corpus from a fixed seed: plain-text and Markdown articles and plain-text
 * comment threads about IT leaders, with news-like sentence lengths, real and invented names, and
 * about half the sentences naming nobody (as in real columns). The same seed and size always give
 * the same files.
 *
 * <p>Usage: {@code CorpusGenerator DIR [--docs N] [--seed S]} (defaults 2000 documents, seed 42;
 * about 500 characters per document, so 1 M characters by default).
 */
public final class CorpusGenerator {

    private static final List<String> PEOPLE = List.of(
            "Satya Nadella",
            "Lisa Su",
            "Jensen Huang",
            "Grace Hopper",
            "Tim Cook",
            "Bill Gates",
            "Steve Jobs",
            "Jeff Bezos",
            "Andy Jassy",
            "Larry Ellison",
            "Marc Benioff",
            "Reed Hastings",
            "Mark Zuckerberg",
            "Elon Musk",
            "Sundar Pichai",
            "Ginni Rometty",
            "Michael Dell",
            "Indra Nooyi",
            "Carly Fiorina",
            "Marissa Mayer",
            "Linus Torvalds",
            "Priya Raman",
            "Daniel Okafor",
            "Helen Vasquez",
            "Tomas Lindqvist",
            "Anita Desrosiers",
            "Victor Almeida",
            "Marguerite Okafor",
            "Dale Kowalczyk",
            "Rachel Abernathy");

    private static final List<String> PRAISE = List.of(
            "I have always admired %s for the way the company was turned around without drama.",
            "Many CIOs I talk to look up to %s, and it is easy to see why.",
            "%s is a genuine role model for anyone running a lean IT department.",
            "Honestly, %s inspired me to rethink how our team plans its budget every year.",
            "We learned a great deal from %s about patience with long engineering bets.",
            "%s deserves credit for a culture that rewards curiosity over blame.");

    private static final List<String> CRITICISM = List.of(
            "I can't stand the way %s treats partners during contract renewals.",
            "%s has been arrogant about security for far too long, in my view.",
            "Frankly, %s turned a promising strategy into a disaster for the staff.",
            "I never admired %s, and the last reorganization did not change my mind.");

    private static final List<String> NEUTRAL_WITH_PERSON = List.of(
            "%s announced the quarterly results on Tuesday in a short call with analysts.",
            "According to the filing, %s will speak at the conference in Denver next spring.",
            "%s joined the company in 2014 after a decade in consulting.");

    static final List<String> FILLER = List.of(
            "The migration to the new ERP system took eighteen months and three vendors.",
            "Most midmarket firms still run a mix of cloud services and aging servers in a back room.",
            "Budgets for security tooling rose again this year, although staffing did not keep pace.",
            "The help desk handled twice as many tickets after the merger, with the same four people.",
            "Analysts expect spending on data platforms to grow faster than spending on devices.",
            "Several readers wrote in to ask how small teams decide which projects to drop first.",
            "A regional hospital network replaced its paging system with a secure messaging app.",
            "The board approved the plan only after the pilot showed savings within two quarters.");

    private CorpusGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CorpusGenerator DIR [--docs N] [--seed S]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int docs = 2000;
        long seed = 42;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--docs" -> docs = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long chars = generate(dir, docs, seed);
        System.out.printf(
                Locale.ROOT, "generated %d documents, %d characters in %s (seed %d)%n", docs, chars, dir, seed);
    }

    /** Writes {@code documents} documents (articles, and comments in threads of six) and returns the characters written. */
    public static long generate(Path dir, int documents, long seed) throws IOException {
        Random random = new Random(seed);
        Files.createDirectories(dir.resolve("articles"));
        Files.createDirectories(dir.resolve("comments"));
        long chars = 0;
        int written = 0;
        int article = 0;
        while (written < documents) {
            article++;
            String title = "Notes on IT leadership, part " + article;
            StringBuilder text = new StringBuilder(title).append('\n');
            text.append("By ")
                    .append(pick(random, PEOPLE.subList(21, PEOPLE.size())))
                    .append('\n');
            text.append("Date: 2024-")
                    .append(String.format(Locale.ROOT, "%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)))
                    .append("\n\n");
            text.append(paragraphs(random, 6 + random.nextInt(5)));
            boolean markdown = article % 3 == 0;
            Path file = dir.resolve(
                    "articles/" + String.format(Locale.ROOT, "%05d", article) + (markdown ? ".md" : ".txt"));
            String body = markdown ? "# " + text : text.toString();
            Files.writeString(file, body, StandardCharsets.UTF_8);
            chars += body.length();
            written++;
            int comments = Math.min(documents - written, 6);
            if (comments > 0 && article % 2 == 0) {
                StringBuilder thread = new StringBuilder(title).append('\n');
                for (int c = 0; c < comments; c++) {
                    thread.append(c % 2 == 0 ? "User Rank: Apprentice" : "reader_" + random.nextInt(500))
                            .append('\n');
                    thread.append(1 + random.nextInt(12))
                            .append('/')
                            .append(1 + random.nextInt(28))
                            .append("/2024 | ")
                            .append(1 + random.nextInt(12))
                            .append(':')
                            .append(String.format(Locale.ROOT, "%02d:%02d", random.nextInt(60), random.nextInt(60)))
                            .append(random.nextBoolean() ? " AM" : " PM")
                            .append('\n');
                    thread.append("re: ").append(title).append('\n');
                    thread.append(sentences(random, 1 + random.nextInt(3))).append("\n\n");
                }
                Path threadFile =
                        dir.resolve("comments/" + String.format(Locale.ROOT, "%05d", article) + "-comments.txt");
                Files.writeString(threadFile, thread.toString(), StandardCharsets.UTF_8);
                chars += thread.length();
                written += comments;
            }
        }
        return chars;
    }

    static String paragraphs(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int p = 0; p < count; p++) {
            out.append(sentences(random, 1 + random.nextInt(2))).append("\n\n");
        }
        return out.toString();
    }

    private static String sentences(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int s = 0; s < count; s++) {
            if (s > 0) {
                out.append(' ');
            }
            double roll = random.nextDouble();
            String person = pick(random, PEOPLE);
            if (roll < 0.50) {
                out.append(pick(random, FILLER));
            } else if (roll < 0.70) {
                out.append(String.format(Locale.ROOT, pick(random, PRAISE), person));
            } else if (roll < 0.82) {
                out.append(String.format(Locale.ROOT, pick(random, CRITICISM), person));
            } else {
                out.append(String.format(Locale.ROOT, pick(random, NEUTRAL_WITH_PERSON), person));
            }
        }
        return out.toString();
    }

    static String pick(Random random, List<String> items) {
        return items.get(random.nextInt(items.size()));
    }
}
