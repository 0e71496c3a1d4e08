package app.admired.bench;

import app.admired.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One long {@code admired run} in-process, watched ({@code SoakPhase NAME CORPUS OUT [run options…]}):
 * every progress line is timestamped as it is written, and a sampler reads the heap each second (in
 * use, and live after the last collection). Prints one {@code RESULT} line: wall time, documents,
 * documents/s over the first and the last tenth of the documents, peak heap in use, and the live
 * heap after collection at the end of the first and of the last tenth (flat is the goal).
 */
public final class SoakPhase {

    private static final Pattern PROGRESS =
            Pattern.compile("admired: (\\d+)/(\\d+) files \\(\\d+%\\), (\\d+) documents");
    private static final Pattern LOAD = Pattern.compile("models loaded in ([0-9.]+) s");

    /** A point of the run: seconds since start, documents done, heap in use and live after GC (MB). */
    record Sample(double seconds, long documents, long heapMb, long liveMb) {}

    private SoakPhase() {}

    public static void main(String[] args) throws Exception {
        String phase = args[0];
        List<String> run = new ArrayList<>(List.of("run", args[1], "--out", args[2]));
        run.addAll(List.of(args).subList(3, args.length));
        long start = System.nanoTime();
        List<Sample> samples = new ArrayList<>(); // heap, each second
        List<Sample> progress = new ArrayList<>(); // documents done, at each progress line
        long[] documents = {0};
        StringBuilder log = new StringBuilder();
        Writer lines = new Writer() {
            private final StringBuilder line = new StringBuilder();

            @Override
            public void write(char[] chars, int off, int len) {
                synchronized (samples) {
                    for (int i = off; i < off + len; i++) {
                        char c = chars[i];
                        if (c == '\n' || c == '\r') {
                            Matcher m = PROGRESS.matcher(line);
                            if (m.find()) {
                                documents[0] = Long.parseLong(m.group(3));
                                progress.add(sample(start, documents[0]));
                            }
                            log.append(line).append('\n');
                            line.setLength(0);
                        } else {
                            line.append(c);
                        }
                    }
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                synchronized (samples) {
                    samples.add(sample(start, documents[0]));
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(lines, true));
        int code = cli.execute(run.toArray(String[]::new));
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        sampler.join();
        Files.writeString(Path.of(args[2]).resolve("bench-" + phase + ".log"), log, StandardCharsets.UTF_8);
        if (code != 0) {
            System.err.print(log);
            System.exit(code);
        }
        Matcher load = LOAD.matcher(log);
        double loadSeconds = load.find() ? Double.parseDouble(load.group(1)) : 0;
        long total = AdmiredPhase.find(AdmiredPhase.ANNOTATED, log.toString(), 2);
        long peak = samples.stream().mapToLong(Sample::heapMb).max().orElse(0);
        System.out.printf(
                Locale.ROOT,
                "RESULT phase=%s docs=%d seconds=%.1f load_seconds=%.1f first_tenth_docs_per_s=%.1f"
                        + " last_tenth_docs_per_s=%.1f peak_heap_mb=%d live_heap_mb_first_tenth=%d"
                        + " live_heap_mb_last_tenth=%d%n",
                phase,
                total,
                seconds,
                loadSeconds,
                rate(progress, 0, total / 10, loadSeconds),
                rate(progress, total - total / 10, total, loadSeconds),
                peak,
                liveAt(samples, total / 10),
                liveAt(samples, total));
    }

    private static Sample sample(long start, long documents) {
        long used = 0;
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
                MemoryUsage afterGc = pool.getCollectionUsage();
                live += afterGc == null ? 0 : afterGc.getUsed();
            }
        }
        return new Sample((System.nanoTime() - start) / 1e9, documents, used >> 20, live >> 20);
    }

    /** Documents per second between the moments {@code from} and {@code to} documents were done. */
    static double rate(List<Sample> samples, long from, long to, double loadSeconds) {
        double begin = from == 0 ? loadSeconds : timeAt(samples, from);
        double end = timeAt(samples, to);
        return end > begin ? (to - from) / (end - begin) : 0;
    }

    /** The first time at least {@code documents} were done, interpolated between samples. */
    static double timeAt(List<Sample> samples, long documents) {
        Sample before = null;
        for (Sample s : samples) {
            if (s.documents() >= documents) {
                if (before == null || s.documents() == before.documents()) {
                    return s.seconds();
                }
                double share = (double) (documents - before.documents()) / (s.documents() - before.documents());
                return before.seconds() + share * (s.seconds() - before.seconds());
            }
            before = s;
        }
        return samples.isEmpty() ? 0 : samples.get(samples.size() - 1).seconds();
    }

    /** The live heap after GC when {@code documents} were done (as last sampled). */
    private static long liveAt(List<Sample> samples, long documents) {
        for (Sample s : samples) {
            if (s.documents() >= documents) {
                return s.liveMb();
            }
        }
        return samples.isEmpty() ? 0 : samples.get(samples.size() - 1).liveMb();
    }
}
