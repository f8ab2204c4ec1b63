package lab.deadlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * Visible tests of {@link Bank}: transfers, the nested calls of {@link Bank#atomically}, and
 * transfers from many threads at once that must neither deadlock nor lose money.
 */
// SEPARATE_THREAD: a test stuck in lock() does not answer an interrupt, so only a separate
// thread lets the timeout end it.
@Timeout(value = 30, threadMode = ThreadMode.SEPARATE_THREAD)
class BankTest {

    static final String REENTRANCY_HINT = "a call made inside atomically(...) never returned: the"
            + " thread is waiting for a lock it already holds. Java's synchronized and ReentrantLock"
            + " are reentrant (like Python's RLock): the thread that holds them may take them again."
            + " A non-reentrant lock (like Python's Lock) deadlocks with itself.";

    static final String DEADLOCK_HINT = "transfers are still running: a deadlock? Threads that"
            + " take the same two locks in different orders (0 then 1, and 1 then 0) can each hold"
            + " one and wait forever for the other. Take locks in one global order.";

    // ---- one thread ----

    @Test
    void newAccountsHoldTheInitialBalance() {
        Bank bank = new Bank(3, 100);

        assertEquals(3, bank.accounts(), "accounts()");
        for (int i = 0; i < 3; i++) {
            assertEquals(100, bank.balance(i), "balance(" + i + ") of a new account");
        }
        assertEquals(300, bank.totalBalance(), "totalBalance() of 3 accounts of 100");
    }

    @Test
    void transferMovesMoney() {
        Bank bank = new Bank(3, 100);

        assertTrue(bank.transfer(0, 1, 30), "transfer(0, 1, 30) from an account of 100");

        assertEquals(70, bank.balance(0), "balance(0) after sending 30");
        assertEquals(130, bank.balance(1), "balance(1) after receiving 30");
        assertEquals(100, bank.balance(2), "balance(2) took no part");
        assertEquals(300, bank.totalBalance(), "a transfer moves money; it never creates or destroys it");
    }

    @Test
    void transferOfTheWholeBalanceSucceeds() {
        Bank bank = new Bank(2, 100);

        assertTrue(bank.transfer(1, 0, 100), "transfer(1, 0, 100) of the whole balance");

        assertEquals(0, bank.balance(1), "balance(1) after sending all of it");
        assertEquals(200, bank.balance(0), "balance(0)");
    }

    @Test
    void transferWithoutEnoughMoneyChangesNothing() {
        Bank bank = new Bank(2, 100);

        assertFalse(bank.transfer(0, 1, 101), "transfer(0, 1, 101) from an account of 100 must fail");

        assertEquals(100, bank.balance(0), "a failed transfer changes nothing (no overdraft)");
        assertEquals(100, bank.balance(1), "a failed transfer changes nothing");
    }

    @Test
    void transferOfZeroSucceeds() {
        Bank bank = new Bank(2, 0);

        assertTrue(bank.transfer(0, 1, 0), "transfer(0, 1, 0) moves nothing and succeeds");
        assertEquals(0, bank.totalBalance(), "totalBalance()");
    }

    @Test
    void constructorRejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> new Bank(0, 100), "new Bank(0, 100): no accounts");
        assertThrows(IllegalArgumentException.class, () -> new Bank(2, -1), "new Bank(2, -1): negative balance");
    }

    @Test
    void methodsRejectBadArguments() {
        Bank bank = new Bank(3, 100);

        assertThrows(IllegalArgumentException.class, () -> bank.transfer(0, 1, -5), "transfer of -5");
        assertThrows(IllegalArgumentException.class, () -> bank.transfer(1, 1, 5), "transfer from 1 to itself");
        assertThrows(IllegalArgumentException.class, () -> bank.transfer(0, 3, 5), "transfer to account 3 of 0..2");
        assertThrows(IllegalArgumentException.class, () -> bank.transfer(-1, 0, 5), "transfer from account -1");
        assertThrows(IllegalArgumentException.class, () -> bank.balance(3), "balance(3) of accounts 0..2");
        assertThrows(IllegalArgumentException.class, () -> bank.transferAll(2, 2), "transferAll from 2 to itself");
        assertThrows(IllegalArgumentException.class, () -> bank.atomically(2, 2, () -> null),
                "atomically(2, 2, ...): two different accounts are needed");
        assertThrows(IllegalArgumentException.class, () -> bank.atomically(0, 7, () -> null),
                "atomically(0, 7, ...) of accounts 0..2");
        assertEquals(300, bank.totalBalance(), "rejected calls change nothing");
    }

    // ---- nested calls: reentrancy ----

    @Test
    void atomicallyReturnsWhatTheActionReturns() {
        Bank bank = new Bank(2, 100);

        String result = InThread.call("atomically", REENTRANCY_HINT, () -> bank.atomically(0, 1, () -> "done"));

        assertEquals("done", result, "atomically(...) returns the action's result");
    }

    @Test
    void anActionMayTransferBetweenItsOwnAccounts() {
        Bank bank = new Bank(3, 100);

        boolean moved = InThread.call("nested-transfer", REENTRANCY_HINT,
                () -> bank.atomically(0, 1, () -> bank.transfer(0, 1, 40) && bank.transfer(1, 0, 10)));

        assertTrue(moved, "both transfers inside atomically(0, 1, ...) had the money");
        assertEquals(70, bank.balance(0), "balance(0) after -40 +10");
        assertEquals(130, bank.balance(1), "balance(1) after +40 -10");
    }

    @Test
    void anActionMayReadAndNestInEitherOrder() {
        Bank bank = new Bank(2, 100);

        long seen = InThread.call("nested-atomically", REENTRANCY_HINT,
                () -> bank.atomically(1, 0, () -> bank.atomically(0, 1, () -> bank.balance(0) + bank.balance(1))));

        assertEquals(200, seen, "balance(0) + balance(1) read inside atomically(1, 0, atomically(0, 1, ...))");
    }

    @Test
    void transferAllMovesTheWholeBalance() {
        Bank bank = new Bank(2, 100);

        long moved = InThread.call("transfer-all", REENTRANCY_HINT, () -> bank.transferAll(0, 1));
        long movedAgain = InThread.call("transfer-all-again", REENTRANCY_HINT, () -> bank.transferAll(0, 1));

        assertEquals(100, moved, "transferAll(0, 1) returns the amount moved");
        assertEquals(0, movedAgain, "transferAll from an empty account moves 0");
        assertEquals(0, bank.balance(0), "balance(0) after transferAll(0, 1)");
        assertEquals(200, bank.balance(1), "balance(1) after transferAll(0, 1)");
    }

    @Test
    void anExceptionInTheActionFreesTheAccounts() {
        Bank bank = new Bank(2, 100);

        assertThrows(IllegalStateException.class,
                () -> bank.atomically(0, 1, () -> { throw new IllegalStateException("boom"); }),
                "the action's exception comes out of atomically(...)");

        boolean moved = InThread.call("transfer-after-exception", "the action of atomically(0, 1, ...)"
                + " threw, and accounts 0 and 1 stayed locked: release locks in a finally block.",
                () -> bank.transfer(0, 1, 10));
        assertTrue(moved, "transfer(0, 1, 10) after the failed action");
    }

    // ---- one lock per account ----

    @Test
    void aTransferBetweenOtherAccountsDoesNotWait() {
        Bank bank = new Bank(4, 100);
        try (TestThreads threads = new TestThreads()) {
            PausedAction paused = PausedAction.start(threads, bank, 0, 1);
            try {
                Thread other = threads.start("transfer-2-to-3", () -> bank.transfer(2, 3, 10));
                InThread.join(threads, other, "transfer(2, 3, 10) waited for atomically(0, 1, ...),"
                        + " which touches other accounts: is there one lock for the whole bank? Give"
                        + " each account its own lock, so that unrelated transfers run in parallel.");
            } finally {
                paused.release();
            }
        }
        assertEquals(90, bank.balance(2), "balance(2) after transfer(2, 3, 10)");
        assertEquals(110, bank.balance(3), "balance(3) after transfer(2, 3, 10)");
    }

    @Test
    void aTransferFromABusyAccountWaitsForTheAtomicStep() {
        Bank bank = new Bank(3, 100);
        try (TestThreads threads = new TestThreads()) {
            PausedAction paused = PausedAction.start(threads, bank, 0, 1);
            try {
                Thread waiting = threads.start("transfer-1-to-2", () -> bank.transfer(1, 2, 100));
                try {
                    threads.awaitBlocked(waiting);
                } catch (AssertionError failure) {
                    throw new AssertionError("transfer(1, 2, 100) did not wait while"
                            + " atomically(0, 1, ...) was running: account 1 must stay locked until"
                            + " the atomic step ends\n" + failure.getMessage(), failure);
                }
            } finally {
                paused.release();
            }
        }
        assertEquals(0, bank.balance(1), "balance(1) after transfer(1, 2, 100)");
        assertEquals(200, bank.balance(2), "balance(2) after transfer(1, 2, 100)");
    }

    @Test
    void twoTransfersWaitingInOppositeDirectionsDoNotDeadlock() {
        // Which waiting thread gets a freed lock first depends on the kind of lock: try both
        // arrival orders.
        transfersQueuedBehindAnAtomicStep(true);
        transfersQueuedBehindAnAtomicStep(false);
    }

    /**
     * Queues transfer(1, 2) and transfer(2, 1) behind a paused atomic step on accounts 0 and 1,
     * then lets them go at once: with locks taken in argument order, each can end up holding the
     * account the other needs.
     */
    private static void transfersQueuedBehindAnAtomicStep(boolean oneToTwoFirst) {
        Bank bank = new Bank(3, 100);
        TestThreads threads = new TestThreads();
        PausedAction paused = PausedAction.start(threads, bank, 0, 1);
        List<Thread> waiting = new ArrayList<>();
        try {
            for (boolean oneToTwo : new boolean[] {oneToTwoFirst, !oneToTwoFirst}) {
                Thread transfer = oneToTwo
                        ? threads.start("transfer-1-to-2", () -> bank.transfer(1, 2, 10))
                        : threads.start("transfer-2-to-1", () -> bank.transfer(2, 1, 30));
                threads.awaitBlocked(transfer);
                waiting.add(transfer);
            }
        } finally {
            paused.release();
        }
        InThread.joinAll(threads, waiting, DEADLOCK_HINT);
        threads.close();

        assertEquals(120, bank.balance(1), "balance(1) after -10 +30");
        assertEquals(80, bank.balance(2), "balance(2) after +10 -30");
    }

    @Test
    void oppositeTransfersDoNotDeadlock() {
        Bank bank = new Bank(2, 1_000);
        int perThread = 10_000;
        AtomicInteger zeroToOne = new AtomicInteger();
        AtomicInteger oneToZero = new AtomicInteger();

        TestThreads threads = new TestThreads();
        List<Thread> workers = threads.startTogether(4, "transfer", index -> {
            int from = index % 2;
            AtomicInteger succeeded = from == 0 ? zeroToOne : oneToZero;
            for (int i = 0; i < perThread; i++) {
                if (bank.transfer(from, 1 - from, 1)) {
                    succeeded.incrementAndGet();
                }
            }
        });
        InThread.joinAll(threads, workers, DEADLOCK_HINT);

        assertEquals(2_000, bank.totalBalance(), "money lost or created by 4 threads transferring between 2 accounts");
        assertEquals(1_000 - zeroToOne.get() + oneToZero.get(), bank.balance(0),
                "balance(0) = 1000 - (transfers 0->1) + (transfers 1->0): an update was lost");
    }

    @Test
    void moneyIsConservedUnderConcurrentTransfersAndAudits() {
        int accounts = 6;
        long total = accounts * 1_000L;
        Bank bank = new Bank(accounts, 1_000);
        AtomicInteger transfersLeft = new AtomicInteger(4);
        AtomicInteger audits = new AtomicInteger();

        TestThreads threads = new TestThreads();
        List<Thread> workers = new ArrayList<>();
        workers.add(threads.start("audit", () -> audit(bank, total, transfersLeft, audits)));
        workers.addAll(threads.startTogether(4, "transfer", index -> {
            try {
                SplittableRandom random = new SplittableRandom(index);
                for (int i = 0; i < 5_000; i++) {
                    int from = random.nextInt(accounts);
                    int to = (from + 1 + random.nextInt(accounts - 1)) % accounts;
                    bank.transfer(from, to, random.nextInt(1, 300));
                }
            } finally {
                transfersLeft.decrementAndGet();
            }
        }));
        InThread.joinAll(threads, workers, DEADLOCK_HINT);

        assertEquals(total, bank.totalBalance(), "money lost or created");
        for (int i = 0; i < accounts; i++) {
            assertTrue(bank.balance(i) >= 0, "overdraft: balance(" + i + ") = " + bank.balance(i));
        }
    }

    /** Audits until the transfer threads are done; every audit must see the whole total. */
    private static void audit(Bank bank, long total, AtomicInteger transfersLeft, AtomicInteger audits) {
        do {
            long seen = bank.totalBalance();
            audits.incrementAndGet();
            assertEquals(total, seen, "totalBalance() during transfers saw money in flight (audit "
                    + audits.get() + "): an audit must hold every account still while it sums");
        } while (transfersLeft.get() > 0);
    }
}
