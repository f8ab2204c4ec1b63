package lab.toy;

import java.util.List;

/**
 * add prints about 20 MB (20,000 lines of 1,000 characters), then takes a few seconds to answer.
 *
 * <p>The pause keeps this scenario about the output cap rather than about a race: without it, on
 * a fast machine the fork could print everything and finish before the grader's next look at the
 * output, and the grader (which then still records the overflow) reports the check from the test
 * results alone.
 */
public final class Toy {

    private Toy() {
    }

    public static int add(int a, int b) {
        String line = "x".repeat(999);
        for (int i = 0; i < 20_000; i++) {
            System.out.println(line);
        }
        try {
            Thread.sleep(3_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return a + b;
    }

    public static int max(List<Integer> values) {
        int max = values.get(0);
        for (int value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    public static void runTogether(Runnable first, Runnable second) throws InterruptedException {
        Thread one = new Thread(first, "toy-first");
        Thread two = new Thread(second, "toy-second");
        one.start();
        two.start();
        one.join();
        two.join();
    }
}
