package lab.tally;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TallyTest {

    @Test
    @Timeout(5)
    void addsUp() {
        Tally tally = new Tally();
        tally.add(2);
        tally.add(3);
        Expect.total(5, tally, "total after adding 2 and 3");
    }

    @Test
    @Timeout(5)
    void keepsTheHistoryInOrder() {
        Tally tally = new Tally();
        tally.add(4);
        tally.add(1);
        tally.add(7);
        Expect.history(List.of(4, 1, 7), tally.history(), "history after adding 4, 1 and 7");
    }

    @Test
    @Timeout(5)
    void countsEveryAddFromTwoThreads() throws InterruptedException {
        Tally tally = new Tally();
        Runnable thousandOnes = () -> {
            for (int i = 0; i < 1000; i++) {
                tally.add(1);
            }
        };
        Thread first = new Thread(thousandOnes, "adder-1");
        Thread second = new Thread(thousandOnes, "adder-2");
        first.start();
        second.start();
        first.join(4000);
        second.join(4000);
        assertFalse(first.isAlive() || second.isAlive(), "both adding threads should have finished");
        Expect.total(2000, tally, "two threads each adding 1 a thousand times");
    }
}
