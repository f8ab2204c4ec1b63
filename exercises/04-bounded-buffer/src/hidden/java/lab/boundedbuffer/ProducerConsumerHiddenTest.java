package lab.boundedbuffer;

import lab.boundedbuffer.ProducerConsumerRun.Style;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Producers and consumers under load, in many shapes: more producers than consumers and the
 * reverse, capacities from 1 to 16, blocking, timed and mixed operations (including drainTo),
 * with a watcher reading the size all the while. See {@link ProducerConsumerRun} for the checks.
 */
@Timeout(60)
class ProducerConsumerHiddenTest {

    @ParameterizedTest(name = "capacity {0}, {1} producers, {2} consumers, {3} items each, {4}")
    @CsvSource({
        "1, 1, 1, 5000, BLOCKING",
        "1, 2, 6, 3000, BLOCKING",
        "1, 6, 2, 3000, BLOCKING",
        "3, 5, 5, 3000, BLOCKING",
        "16, 4, 4, 10000, BLOCKING",
        "1, 4, 4, 3000, TIMED",
        "5, 2, 7, 3000, TIMED",
        "1, 3, 3, 3000, MIXED",
        "2, 4, 4, 4000, MIXED",
        "7, 3, 5, 5000, MIXED",
    })
    void noItemLostOrDuplicatedAndFifoPerProducer(int capacity, int producers, int consumers, int items,
            Style style) {
        new ProducerConsumerRun(capacity, producers, consumers, items, style).watched().runAndCheck();
    }

    /** The hardest case for the wake-up logic, several times: capacity 1, many of each kind. */
    @RepeatedTest(4)
    void capacityOneManyProducersManyConsumers() {
        new ProducerConsumerRun(1, 5, 5, 3000, Style.BLOCKING).runAndCheck();
    }
}
