package lab.toy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ToyTest {

    @Test
    @Timeout(5)
    void addsTwoNumbers() {
        assertEquals(5, Toy.add(2, 3), "2 + 3");
    }

    @Test
    @Timeout(5)
    void addsNegativeNumbers() {
        assertEquals(-7, Toy.add(-3, -4), "-3 + -4");
    }

    @Test
    @Timeout(5)
    void findsTheLargest() {
        assertEquals(9, Toy.max(List.of(3, 9, 4)), "max of [3, 9, 4]");
    }

    @Test
    @Timeout(5)
    void maxOfOneValueIsThatValue() {
        assertEquals(7, Toy.max(List.of(7)), "max of [7]");
    }

    @Test
    @Timeout(5)
    void runsBothTasksAtTheSameTime() throws Exception {
        // Each task waits (bounded) for the other: they can only both get through if they run at once.
        CyclicBarrier meet = new CyclicBarrier(2);
        AtomicInteger met = new AtomicInteger();
        Runnable task = () -> {
            try {
                meet.await(4, TimeUnit.SECONDS);
                met.incrementAndGet();
            } catch (Exception e) {
                // Not met in time: counted below.
            }
        };
        Toy.runTogether(task, task);
        assertEquals(2, met.get(), "runTogether must run both tasks at the same time, and return after both");
    }
}
