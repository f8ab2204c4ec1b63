package lab.visibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import lab.support.testing.TestThreads;
import lab.visibility.LazyTest.Widget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LazyHiddenTest {

    @Test
    void aNullSupplierIsRejected() {
        assertThrows(NullPointerException.class, () -> new Lazy<String>(null),
                "new Lazy(null) must throw NullPointerException");
    }

    @Test
    void aSupplierThatReturnsNullMakesGetThrowAndIsTriedAgain() {
        AtomicInteger calls = new AtomicInteger();
        Lazy<Widget> lazy = new Lazy<>(() -> {
            int call = calls.incrementAndGet();
            return call == 1 ? null : new Widget(call);
        });

        assertThrows(NullPointerException.class, lazy::get, "a supplier that returns null must make get() throw");
        Widget widget = lazy.get();

        assertEquals(2, widget.id, "a null result must not be remembered: the next get() tries the supplier again");
        assertSame(widget, lazy.get());
    }

    @Test
    void collidingPairsCallTheSupplierOnce() {
        for (int round = 0; round < 40; round++) {
            LazyTest.collide(2).assertSupplierRanOnce(round);
        }
    }

    @Test
    void collidingCrowdsCallTheSupplierOnce() {
        for (int round = 0; round < 20; round++) {
            LazyTest.collide(4).assertSupplierRanOnce(round);
        }
    }

    @Test
    void manyRoundsOfConcurrentFirstGets() {
        int threads = 4;
        for (int round = 0; round < 2_000; round++) {
            AtomicInteger calls = new AtomicInteger();
            Lazy<Widget> lazy = new Lazy<>(() -> new Widget(calls.incrementAndGet()));
            Widget[] got = new Widget[threads];
            TestThreads.runTogether(threads, "getter", i -> got[i] = lazy.get());

            assertEquals(1, calls.get(), "round " + round + ": the supplier ran " + calls.get() + " times");
            for (Widget widget : got) {
                assertSame(got[0], widget, "round " + round + ": every thread must get the same object");
                assertTrue(widget.isBuilt(), "round " + round + ": a thread got an object whose fields were not set");
            }
        }
    }

    @Test
    void aLazyValueWorksAsASupplier() {
        java.util.function.Supplier<String> supplier = new Lazy<>(() -> "value");
        assertEquals("value", supplier.get());
    }
}
