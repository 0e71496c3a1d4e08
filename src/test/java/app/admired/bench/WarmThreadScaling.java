package app.admired.bench;

import java.util.List;
import java.util.Locale;

/**
 * 1 versus 2 threads with the JVM already warm: {@code WarmThreadScaling CORPUS OUT}. One JVM runs
 * {@code admired run --rebuild} once with 2 threads to load the models and let the JIT compiler
 * compile CoreNLP's hot code, then alternates 1-thread and 2-thread runs, {@value #ROUNDS} of each,
 * and prints the faster of each as {@code warm-1t} and {@code warm-2t} (the fastest run is the
 * one least disturbed by other work on a shared machine).
 *
 * <p>Why a separate figure: in a cold run on a 2-core machine the JIT compiler and the garbage
 * collector do tens of seconds of work on the second core. A 1-thread run gets that core for free;
 * a 2-thread run has to share it. The cold ratio mixes that start-up cost into the thread scaling,
 * the warm ratio shows the scaling of the annotation itself (docs/PERFORMANCE.md).
 */
public final class WarmThreadScaling {

    private static final int ROUNDS = 2;

    private WarmThreadScaling() {}

    public static void main(String[] args) {
        String corpus = args[0];
        String out = args[1];
        String log = run(corpus, out, 2).log();
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int round = 1; round <= ROUNDS; round++) {
            for (int threads = 1; threads <= 2; threads++) {
                double seconds = run(corpus, out, threads).seconds();
                System.out.printf(Locale.ROOT, "round %d, %d thread(s): %.2f s%n", round, threads, seconds);
                best[threads - 1] = Math.min(best[threads - 1], seconds);
            }
        }
        long docs = AdmiredPhase.find(AdmiredPhase.ANNOTATED, log, 2);
        long tokens = AdmiredPhase.find(AdmiredPhase.TOKENS, log, 1);
        // The models were loaded by the warm-up run; the peak heap is the whole JVM's.
        Measure.print("warm-1t", docs, tokens, best[0], 0);
        Measure.print("warm-2t", docs, tokens, best[1], 0);
    }

    private static AdmiredPhase.TimedRun run(String corpus, String out, int threads) {
        return AdmiredPhase.execute(
                List.of("run", corpus, "--out", out, "--threads", Integer.toString(threads), "--rebuild"));
    }
}
