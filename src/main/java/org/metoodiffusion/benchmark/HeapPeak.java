package org.metoodiffusion.benchmark;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak heap in use between {@link #reset()} and {@link #megabytes()}, sampled every 50 ms (the
 * per-pool peaks the JVM keeps happen at different times, so their sum overstates the total).
 */
final class HeapPeak {

    private static final AtomicLong PEAK = new AtomicLong();

    static {
        var sampler = new Thread(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (true) {
                PEAK.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-peak-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private HeapPeak() {
    }

    static void reset() {
        System.gc();
        PEAK.set(0);
    }

    static long megabytes() {
        return PEAK.get() >> 20;
    }

    static long maxMegabytes() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }
}
