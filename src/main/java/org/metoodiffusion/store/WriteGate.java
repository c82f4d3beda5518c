package org.metoodiffusion.store;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.springframework.stereotype.Component;

/**
 * Keeps a build of derived data (the AMPLIFIED relationships) apart from the application's other
 * writes (imports, the synthetic crowd, centrality's write mode). Both lock accounts, in different
 * orders, so together they could deadlock; and a build overlapping an import is stale when it ends.
 * Writes share the gate with each other; a build has it to itself, and waits for the writes under
 * way to finish.
 */
@Component
public class WriteGate {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    /** Held around a write of the application's. */
    public Lock write() {
        return lock.readLock();
    }

    /** Held around a build of derived data. */
    public Lock build() {
        return lock.writeLock();
    }
}
