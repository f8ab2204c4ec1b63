package lab.semaphores;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts the threads inside a guarded section right now, and the most there ever were. */
final class InFlight {

    private final AtomicInteger now = new AtomicInteger();
    private final AtomicInteger most = new AtomicInteger();

    /** A thread enters the section. */
    void enter() {
        int inside = now.incrementAndGet();
        most.accumulateAndGet(inside, Math::max);
    }

    /** A thread leaves the section. */
    void leave() {
        now.decrementAndGet();
    }

    int now() {
        return now.get();
    }

    int most() {
        return most.get();
    }
}
