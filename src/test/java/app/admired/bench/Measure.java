package app.admired.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/** Wall time and peak heap of one benchmark phase, printed as one machine-readable line. */
final class Measure {

    private final long start = System.nanoTime();

    static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the peak usage of the heap pools since the last reset, in MB. */
    static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** {@code RESULT phase=… docs=… tokens=… seconds=… load_seconds=… peak_heap_mb=…} */
    static void print(String phase, long docs, long tokens, double seconds, double loadSeconds) {
        System.out.printf(
                Locale.ROOT,
                "RESULT phase=%s docs=%d tokens=%d seconds=%.2f load_seconds=%.2f peak_heap_mb=%d%n",
                phase,
                docs,
                tokens,
                seconds,
                loadSeconds,
                peakHeapMb());
    }
}
