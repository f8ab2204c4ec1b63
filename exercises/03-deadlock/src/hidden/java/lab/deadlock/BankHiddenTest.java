package lab.deadlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * Hidden tests of {@link Bank}: the audit as one snapshot, check-then-act inside the locks,
 * cycles of waiting transfers, stress in opposite directions and edge cases.
 *
 * <p>The tests that pin a bug down do it deterministically: a {@link PausedAction} holds two
 * accounts, other threads are started and observed blocked, then the action is released.
 */
@Timeout(value = 30, threadMode = ThreadMode.SEPARATE_THREAD)
class BankHiddenTest {

    private static final String DEADLOCK_HINT = BankTest.DEADLOCK_HINT;

    // ---- the audit ----

    @Test
    void theAuditWaitsForAnAtomicStepInProgress() {
        Bank bank = new Bank(4, 100);
        AtomicLong audited = new AtomicLong();
        try (TestThreads threads = new TestThreads()) {
            PausedAction paused = PausedAction.start(threads, bank, 1, 2);
            try {
                Thread audit = threads.start("audit", () -> audited.set(bank.totalBalance()));
                awaitBlocked(threads, audit, "totalBalance() returned while atomically(1, 2, ...)"
                        + " was in progress: the audit must wait for it, holding every account"
                        + " still while it sums (it summed without locking?)");
            } finally {
                paused.release();
            }
        }
        assertEquals(400, audited.get(), "totalBalance() of 4 accounts of 100");
    }

    @Test
    void theAuditIsOneSnapshotNotASumOfSeparateReads() {
        Bank bank = new Bank(4, 100);
        AtomicLong audited = new AtomicLong();
        try (TestThreads threads = new TestThreads()) {
            PausedAction paused = PausedAction.start(threads, bank, 1, 3);
            try {
                // The audit reads account 0, then waits for account 1.
                Thread audit = threads.start("audit", () -> audited.set(bank.totalBalance()));
                awaitBlocked(threads, audit, "totalBalance() returned while atomically(1, 3, ...)"
                        + " was in progress: the audit must wait for it");
                // Money moves from account 0 (already counted?) to account 2 (not yet counted).
                Thread transfer = threads.start("transfer-0-to-2", () -> bank.transfer(0, 2, 50));
                InThread.awaitBlockedOrFinished(transfer);
            } finally {
                paused.release();
            }
        }
        assertEquals(400, audited.get(), "totalBalance() counted the 50 that moved from account 0"
                + " to account 2 during the audit twice (or not at all): taking each account's lock"
                + " in turn is not enough. Hold every account's lock at once, then sum");
        assertEquals(400, bank.totalBalance(), "totalBalance() after the audit");
    }

    @Test
    void auditsDuringTransfersNeverSeeMoneyInFlight() {
        int accounts = 8;
        long total = accounts * 500L;
        Bank bank = new Bank(accounts, 500);
        AtomicInteger transfersLeft = new AtomicInteger(4);
        AtomicInteger audits = new AtomicInteger();

        TestThreads threads = new TestThreads();
        List<Thread> workers = new ArrayList<>();
        for (int a = 0; a < 2; a++) {
            workers.add(threads.start("audit-" + a, () -> {
                do {
                    long seen = bank.totalBalance();
                    int audit = audits.incrementAndGet();
                    assertEquals(total, seen, "audit " + audit + " during transfers saw money in flight");
                } while (transfersLeft.get() > 0);
            }));
        }
        workers.addAll(threads.startTogether(4, "transfer", index -> {
            try {
                SplittableRandom random = new SplittableRandom(100 + index);
                for (int i = 0; i < 20_000; i++) {
                    int from = random.nextInt(accounts);
                    int to = (from + 1 + random.nextInt(accounts - 1)) % accounts;
                    bank.transfer(from, to, random.nextInt(1, 200));
                }
            } finally {
                transfersLeft.decrementAndGet();
            }
        }));
        InThread.joinAll(threads, workers, DEADLOCK_HINT);

        assertEquals(total, bank.totalBalance(), "money lost or created");
        assertNoOverdraft(bank);
    }

    // ---- check-then-act ----

    @Test
    void theBalanceCheckAndTheDebitAreOneStep() {
        Bank bank = new Bank(3, 100);
        AtomicReference<Boolean> second = new AtomicReference<>();
        try (TestThreads threads = new TestThreads()) {
            // Inside the atomic step, once released: empty account 0 into account 1.
            PausedAction paused = PausedAction.start(threads, bank, 0, 1, () -> bank.transfer(0, 1, 100));
            try {
                Thread transfer = threads.start("transfer-0-to-2", () -> second.set(bank.transfer(0, 2, 100)));
                threads.awaitBlocked(transfer);
            } finally {
                paused.release();
            }
        }
        assertEquals(0, bank.balance(0), "overdraft: transfer(0, 2, 100) checked the balance"
                + " before it held account 0, and another transfer emptied the account in between."
                + " Check and debit under the same lock");
        assertFalse(second.get(), "transfer(0, 2, 100) from an account emptied just before must fail");
        assertEquals(200, bank.balance(1), "balance(1)");
        assertEquals(100, bank.balance(2), "balance(2)");
    }

    @Test
    void manyThreadsDrainingOneAccountNeverOverdraw() {
        Bank bank = new Bank(5, 1_000);
        AtomicLong moved = new AtomicLong();

        TestThreads threads = new TestThreads();
        List<Thread> workers = threads.startTogether(4, "transfer", index -> {
            for (int i = 0; i < 5_000; i++) {
                if (bank.transfer(0, 1 + index, 7)) {
                    moved.addAndGet(7);
                }
            }
        });
        InThread.joinAll(threads, workers, DEADLOCK_HINT);

        assertEquals(1_000 - 1_000 / 7 * 7, bank.balance(0), "account 0 drained by 7s keeps the"
                + " remainder; anything else is an overdraft or a lost update");
        assertEquals(1_000 / 7 * 7, moved.get(), "successful transfers out of account 0");
        assertEquals(5_000, bank.totalBalance(), "money lost or created");
    }

    // ---- deadlock ----

    @Test
    void aRingOfWaitingTransfersDoesNotDeadlock() {
        // Which waiting thread gets a freed lock first depends on the kind of lock: try both
        // arrival orders.
        ringQueuedBehindAnAtomicStep(true);
        ringQueuedBehindAnAtomicStep(false);
    }

    /**
     * Queues transfer(1, 2) and transfer(3, 1) behind a paused atomic step on accounts 0 and 1,
     * then starts transfer(2, 3) and lets them all go: with locks taken in argument order, the
     * three can form a cycle 1 -> 2 -> 3 -> 1.
     */
    private static void ringQueuedBehindAnAtomicStep(boolean oneToTwoFirst) {
        Bank bank = new Bank(4, 100);
        TestThreads threads = new TestThreads();
        PausedAction paused = PausedAction.start(threads, bank, 0, 1);
        List<Thread> ring = new ArrayList<>();
        try {
            for (boolean oneToTwo : new boolean[] {oneToTwoFirst, !oneToTwoFirst}) {
                Thread transfer = oneToTwo
                        ? threads.start("transfer-1-to-2", () -> bank.transfer(1, 2, 10))
                        : threads.start("transfer-3-to-1", () -> bank.transfer(3, 1, 10));
                threads.awaitBlocked(transfer);
                ring.add(transfer);
            }
            ring.add(threads.start("transfer-2-to-3", () -> bank.transfer(2, 3, 10)));
            InThread.awaitBlockedOrFinished(ring.get(2));
        } finally {
            paused.release();
        }
        InThread.joinAll(threads, ring, DEADLOCK_HINT);
        threads.close();

        for (int i = 0; i < 4; i++) {
            assertEquals(100, bank.balance(i), "balance(" + i + ") after a ring of equal transfers");
        }
    }

    @Test
    void manyThreadsTransferringInOppositeDirectionsDoNotDeadlock() {
        Bank bank = new Bank(2, 10_000);

        TestThreads threads = new TestThreads();
        List<Thread> workers = threads.startTogether(8, "transfer", index -> {
            int from = index % 2;
            for (int i = 0; i < 30_000; i++) {
                bank.transfer(from, 1 - from, 1 + i % 3);
            }
        });
        InThread.joinAll(threads, workers, DEADLOCK_HINT);

        assertEquals(20_000, bank.totalBalance(), "money lost or created");
        assertNoOverdraft(bank);
    }

    @Test
    void transfersAroundACircleInBothDirectionsDoNotDeadlock() {
        int accounts = 5;
        Bank bank = new Bank(accounts, 1_000);

        TestThreads threads = new TestThreads();
        List<Thread> workers = threads.startTogether(6, "transfer", index -> {
            int step = index % 2 == 0 ? 1 : accounts - 1; // clockwise or anticlockwise
            for (int i = 0; i < 20_000; i++) {
                int from = (index + i) % accounts;
                bank.transfer(from, (from + step) % accounts, 5);
            }
        });
        InThread.joinAll(threads, workers, DEADLOCK_HINT);

        assertEquals(5_000, bank.totalBalance(), "money lost or created");
        assertNoOverdraft(bank);
    }

    @Test
    void nestedCallsInOppositeOrdersDoNotDeadlock() {
        Bank bank = new Bank(2, 1_000);

        TestThreads threads = new TestThreads();
        List<Thread> workers = threads.startTogether(4, "nested", index -> {
            int a = index % 2;
            int b = 1 - a;
            for (int i = 0; i < 5_000; i++) {
                switch (i % 3) {
                    case 0 -> bank.atomically(a, b, () -> bank.transfer(a, b, 3) | bank.transfer(b, a, 2));
                    case 1 -> bank.atomically(b, a, () -> bank.atomically(a, b, () -> bank.transfer(b, a, 1)));
                    default -> {
                        if (i % 300 == 2) {
                            bank.transferAll(a, b);
                        } else {
                            bank.transfer(a, b, 1);
                        }
                    }
                }
            }
        });
        InThread.joinAll(threads, workers, DEADLOCK_HINT + "\nOr: " + BankTest.REENTRANCY_HINT);

        assertEquals(2_000, bank.totalBalance(), "money lost or created");
        assertNoOverdraft(bank);
    }

    @Test
    void concurrentTransferAllInOppositeDirectionsKeepsTheMoney() {
        Bank bank = new Bank(2, 500);
        AtomicLong movedTotal = new AtomicLong();

        TestThreads threads = new TestThreads();
        List<Thread> workers = threads.startTogether(4, "transfer-all", index -> {
            int from = index % 2;
            for (int i = 0; i < 5_000; i++) {
                movedTotal.addAndGet(bank.transferAll(from, 1 - from));
            }
        });
        InThread.joinAll(threads, workers, DEADLOCK_HINT + "\nOr: " + BankTest.REENTRANCY_HINT);

        assertEquals(1_000, bank.totalBalance(), "money lost or created");
        assertTrue(bank.balance(0) == 0 || bank.balance(1) == 0, "after transferAll(...) in"
                + " either direction one account is empty; balances are " + bank.balance(0)
                + " and " + bank.balance(1) + ": a transferAll read a balance that changed before it moved it");
        assertTrue(movedTotal.get() > 0, "transferAll moved money");
    }

    // ---- one lock per account ----

    @Test
    void manyTransfersOnOtherAccountsFinishWhileTwoAccountsAreBusy() {
        Bank bank = new Bank(10, 100);
        TestThreads threads = new TestThreads();
        PausedAction paused = PausedAction.start(threads, bank, 0, 1);
        try {
            List<Thread> workers = threads.startTogether(4, "transfer", index -> {
                for (int i = 0; i < 2_000; i++) {
                    int from = 2 + (index + i) % 8;
                    int to = 2 + (index + i + 1 + index) % 8;
                    if (from != to) {
                        bank.transfer(from, to, 1);
                    }
                }
            });
            InThread.joinAll(threads, workers, "transfers between accounts 2..9 waited for"
                    + " atomically(0, 1, ...): is there one lock for the whole bank?");
            long twoToNine = InThread.call("atomically-2-9", "atomically(2, 9, ...) waited for"
                    + " atomically(0, 1, ...): is there one lock for the whole bank?",
                    () -> bank.atomically(2, 9, () -> bank.balance(2) + bank.balance(9)));
            assertTrue(twoToNine >= 0, "balances of accounts 2 and 9");
        } finally {
            paused.release();
        }
        threads.close();
        assertEquals(1_000, bank.totalBalance(), "money lost or created");
    }

    @Test
    void anActionSeesItsAccountsStillWhileOthersWait() {
        Bank bank = new Bank(4, 100);
        AtomicReference<String> changed = new AtomicReference<>();
        try (TestThreads threads = new TestThreads()) {
            PausedAction paused = PausedAction.start(threads, bank, 2, 3, () -> {
                if (bank.balance(2) != 100 || bank.balance(3) != 100) {
                    changed.set("balances " + bank.balance(2) + " and " + bank.balance(3));
                }
            });
            try {
                Thread in = threads.start("transfer-0-to-3", () -> bank.transfer(0, 3, 40));
                Thread out = threads.start("transfer-2-to-1", () -> bank.transfer(2, 1, 60));
                threads.awaitBlocked(in);
                threads.awaitBlocked(out);
            } finally {
                paused.release();
            }
        }
        assertEquals(null, changed.get(), "accounts 2 and 3 changed inside atomically(2, 3, ...)");
        assertEquals(40, bank.balance(2), "balance(2) after -60");
        assertEquals(140, bank.balance(3), "balance(3) after +40");
        assertEquals(400, bank.totalBalance(), "totalBalance()");
    }

    @Test
    void anExceptionInANestedActionFreesEveryAccount() {
        Bank bank = new Bank(3, 100);
        int zero = 0;
        for (int i = 0; i < 3; i++) {
            Throwable thrown = InThread.call("nested-action-" + i, BankTest.REENTRANCY_HINT, () -> {
                try {
                    bank.atomically(1, 2, () -> bank.atomically(2, 1, () -> bank.transfer(1, 2, 10) ? 1 / zero : 0));
                    return null;
                } catch (ArithmeticException expected) {
                    return expected;
                }
            });
            assertTrue(thrown != null, "the action's ArithmeticException comes out of atomically(...)");
        }
        long total = InThread.call("audit-after-exceptions", "accounts stayed locked after the"
                + " action threw: release locks in a finally block (once per time taken)",
                bank::totalBalance);
        assertEquals(300, total, "totalBalance()");
        assertEquals(70, bank.balance(1), "the transfers made before the action threw stay made");
    }

    // ---- edge cases ----

    @Test
    void edgeCases() {
        Bank single = new Bank(1, 0);
        assertEquals(1, single.accounts(), "accounts() of a one-account bank");
        assertEquals(0, single.totalBalance(), "totalBalance() of one empty account");
        assertThrows(IllegalArgumentException.class, () -> single.transfer(0, 0, 0), "transfer to itself");
        assertThrows(IllegalArgumentException.class, () -> new Bank(-3, 10), "new Bank(-3, 10)");

        Bank bank = new Bank(3, 50);
        assertFalse(bank.transfer(0, 1, Long.MAX_VALUE), "transfer of Long.MAX_VALUE from 50");
        assertThrows(IllegalArgumentException.class, () -> bank.transfer(0, 1, Long.MIN_VALUE), "negative amount");
        assertThrows(IllegalArgumentException.class, () -> bank.balance(-1), "balance(-1)");
        assertThrows(IllegalArgumentException.class, () -> bank.transferAll(0, 3), "transferAll to account 3 of 0..2");
        assertThrows(IllegalArgumentException.class, () -> bank.atomically(-1, 0, () -> 1), "atomically(-1, 0, ...)");
        assertTrue(bank.transfer(2, 0, 50), "transfer of exactly the balance");
        assertFalse(bank.transfer(2, 0, 1), "transfer from an emptied account");
        assertEquals(0, InThread.call("transfer-all", BankTest.REENTRANCY_HINT, () -> bank.transferAll(2, 1)),
                "transferAll from an empty account");
        assertEquals(100, bank.balance(0), "balance(0)");
        assertEquals(150, bank.totalBalance(), "rejected and failed calls change nothing");
    }

    @Test
    void aLargeBankKeepsItsMoney() {
        int accounts = 1_000;
        Bank bank = new Bank(accounts, 10);

        TestThreads threads = new TestThreads();
        List<Thread> workers = threads.startTogether(4, "transfer", index -> {
            SplittableRandom random = new SplittableRandom(7 + index);
            for (int i = 0; i < 20_000; i++) {
                int from = random.nextInt(accounts);
                int to = (from + 1 + random.nextInt(accounts - 1)) % accounts;
                bank.transfer(from, to, random.nextInt(1, 15));
            }
        });
        InThread.joinAll(threads, workers, DEADLOCK_HINT);

        assertEquals(10_000, bank.totalBalance(), "money lost or created");
        assertNoOverdraft(bank);
    }

    private static void assertNoOverdraft(Bank bank) {
        for (int i = 0; i < bank.accounts(); i++) {
            long balance = bank.balance(i);
            if (balance < 0) {
                fail("overdraft: balance(" + i + ") = " + balance
                        + ": the balance was checked and debited in separate steps");
            }
        }
    }

    /** {@link TestThreads#awaitBlocked}, with {@code hint} first when the thread did not block. */
    private static void awaitBlocked(TestThreads threads, Thread thread, String hint) {
        try {
            threads.awaitBlocked(thread);
        } catch (AssertionError failure) {
            throw new AssertionError(hint + "\n" + failure.getMessage(), failure);
        }
    }
}
