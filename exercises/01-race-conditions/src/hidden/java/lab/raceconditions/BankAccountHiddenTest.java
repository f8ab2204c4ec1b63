package lab.raceconditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hidden tests of {@link BankAccount}: edge amounts, contention on a small balance, conservation. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class BankAccountHiddenTest {

    @Test
    void zeroOpeningBalanceIsAllowed() {
        BankAccount account = new BankAccount(0);
        assertEquals(0, account.balance(), "new BankAccount(0) holds 0");
        assertFalse(account.withdraw(1), "an empty account refuses withdraw(1)");
        assertEquals(0, account.balance(), "a refused withdrawal leaves the balance unchanged");
    }

    @Test
    void balancesBeyondTheRangeOfAnIntAreKept() {
        long big = 10_000_000_000L;
        BankAccount account = new BankAccount(big);
        account.deposit(big);
        assertTrue(account.withdraw(big + 1), "withdrawing 10,000,000,001 from 20,000,000,000 succeeds");
        assertEquals(big - 1, account.balance(), "20,000,000,000 - 10,000,000,001");
    }

    @Test
    void extremeNegativeAmountsAreRejected() {
        BankAccount account = new BankAccount(100);
        assertThrows(IllegalArgumentException.class, () -> new BankAccount(Long.MIN_VALUE),
                "new BankAccount(Long.MIN_VALUE) must throw IllegalArgumentException");
        assertThrows(IllegalArgumentException.class, () -> account.deposit(Long.MIN_VALUE),
                "deposit(Long.MIN_VALUE) must throw IllegalArgumentException");
        assertThrows(IllegalArgumentException.class, () -> account.withdraw(Long.MIN_VALUE),
                "withdraw(Long.MIN_VALUE) must throw IllegalArgumentException");
        assertEquals(100, account.balance(), "rejected amounts must leave the balance unchanged");
    }

    @Test
    void onlyWithdrawalsTheBalanceCoversSucceedUnderContention() {
        int threads = 4;
        int attemptsPerThread = 20_000;
        BankAccount account = new BankAccount(10);
        AtomicInteger succeeded = new AtomicInteger();

        // 80,000 attempts to take 3 from 10: exactly three can succeed, leaving 1.
        TestThreads.runTogether(threads, "withdrawer", index -> {
            for (int i = 0; i < attemptsPerThread; i++) {
                if (account.withdraw(3)) {
                    succeeded.incrementAndGet();
                }
            }
        });

        assertEquals(3, succeeded.get(), String.format(
                "%d withdrawals of 3 succeeded from a balance of 10; exactly 3 should "
                        + "(more is an overdraft: check-then-act without one atomic step)", succeeded.get()));
        assertEquals(1, account.balance(), "10 - 3 x 3 leaves 1");
    }

    @Test
    void exactlyOneOfSeveralWholeBalanceWithdrawalsSucceeds() {
        int rounds = 300;
        int threads = 4;
        for (int round = 0; round < rounds; round++) {
            BankAccount account = new BankAccount(100);
            AtomicInteger succeeded = new AtomicInteger();

            TestThreads.runTogether(threads, "withdrawer", index -> {
                if (account.withdraw(100)) {
                    succeeded.incrementAndGet();
                }
            });

            int finalRound = round;
            assertEquals(1, succeeded.get(), () -> String.format(
                    "round %d: %d threads each withdrew the whole balance of 100 at once and %d succeeded; "
                            + "exactly one may (check-then-act)", finalRound, threads, succeeded.get()));
            assertEquals(0, account.balance(), "after one withdrawal of 100 from 100 the balance is 0");
        }
    }

    @Test
    void balanceIsNeverSeenNegative() {
        int withdrawers = 3;
        int attemptsPerWithdrawer = 50_000;
        BankAccount account = new BankAccount(attemptsPerWithdrawer);
        AtomicLong lowestSeen = new AtomicLong(Long.MAX_VALUE);
        CountDownLatch withdrawing = new CountDownLatch(withdrawers);

        // Thread 0 watches the balance while three threads compete for money that covers one third
        // of their attempts.
        TestThreads.runTogether(withdrawers + 1, "worker", index -> {
            if (index == 0) {
                while (withdrawing.getCount() > 0) {
                    lowestSeen.accumulateAndGet(account.balance(), Math::min);
                }
            } else {
                for (int i = 0; i < attemptsPerWithdrawer; i++) {
                    account.withdraw(1);
                }
                withdrawing.countDown();
            }
        });

        assertTrue(lowestSeen.get() >= 0, String.format(
                "overdraft: another thread saw the balance at %,d", lowestSeen.get()));
        assertEquals(0, account.balance(), "every cent was withdrawn: the balance ends at 0");
    }

    @Test
    void moneyIsConservedUnderMixedTraffic() {
        int threads = 8;
        int operationsPerThread = 20_000;
        long opening = 1_000;
        BankAccount account = new BankAccount(opening);
        AtomicLong deposited = new AtomicLong();
        AtomicLong withdrawn = new AtomicLong();
        AtomicBoolean overdrawn = new AtomicBoolean();

        // Each thread alternates deposits of 2 and withdrawals of 5, so withdrawals often fail.
        TestThreads.runTogether(threads, "teller", index -> {
            for (int i = 0; i < operationsPerThread; i++) {
                if (i % 2 == 0) {
                    account.deposit(2);
                    deposited.addAndGet(2);
                } else if (account.withdraw(5)) {
                    withdrawn.addAndGet(5);
                }
                if (account.balance() < 0) {
                    overdrawn.set(true);
                }
            }
        });

        assertFalse(overdrawn.get(), "overdraft: a thread saw a negative balance");
        long expected = opening + deposited.get() - withdrawn.get();
        assertEquals(expected, account.balance(), String.format(
                "money was created or destroyed: opening %,d + deposits %,d - successful withdrawals %,d "
                        + "= %,d, but the balance is %,d (a lost update)",
                opening, deposited.get(), withdrawn.get(), expected, account.balance()));
    }

    @Test
    void accountsAreIndependent() {
        int operationsPerThread = 50_000;
        BankAccount first = new BankAccount();
        BankAccount second = new BankAccount(operationsPerThread * 2L);

        // Threads 0 and 1 deposit into the first account; threads 2 and 3 empty the second.
        TestThreads.runTogether(4, "teller", index -> {
            for (int i = 0; i < operationsPerThread; i++) {
                if (index < 2) {
                    first.deposit(1);
                } else {
                    assertTrue(second.withdraw(1), "the second account covers every withdrawal from it");
                }
            }
        });

        assertEquals(operationsPerThread * 2L, first.balance(),
                "the first account holds only its own deposits (is the balance shared between accounts?)");
        assertEquals(0, second.balance(),
                "the second account is empty after its own withdrawals (is the balance shared?)");
    }
}
