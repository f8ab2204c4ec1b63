package lab.boundedbuffer;

import lab.boundedbuffer.ProducerConsumerRun.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Producers and consumers at full speed: no item is lost or duplicated, the buffer never holds
 * more than its capacity, and each producer's items come out in the order they went in. See
 * {@link ProducerConsumerRun} for the checks.
 */
@Timeout(60)
class ProducerConsumerTest {

    /** One producer, one consumer, a small buffer: every item arrives once, in order. */
    @Test
    void oneProducerOneConsumer() {
        new ProducerConsumerRun(2, 1, 1, 10_000, Style.BLOCKING).runAndCheck();
    }

    /** Four producers, four consumers, put and take: every item arrives exactly once. */
    @Test
    void manyProducersManyConsumers() {
        new ProducerConsumerRun(4, 4, 4, 5_000, Style.BLOCKING).runAndCheck();
    }

    /**
     * Capacity 1 with four producers and four consumers: a woken thread often finds that another
     * thread got there first, so it must check the buffer again before going on.
     */
    @Test
    void manyProducersManyConsumersOnCapacityOne() {
        new ProducerConsumerRun(1, 4, 4, 5_000, Style.BLOCKING).runAndCheck();
    }

    /** The same with timed offer and timed poll. */
    @Test
    void manyProducersManyConsumersWithTimeouts() {
        new ProducerConsumerRun(2, 3, 3, 5_000, Style.TIMED).runAndCheck();
    }
}
