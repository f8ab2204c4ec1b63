package lab.raceconditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import lab.support.testing.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Visible tests of {@link BankAccount}: single-threaded behaviour first, then many threads at once. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class BankAccountTest {

    private static final int THREADS = 4;
    private static final int OPERATIONS_PER_THREAD = 50_000;

    @Test
    void newAccountIsEmpty() {
        assertEquals(0, new BankAccount().balance(), "an account opened without a balance holds 0");
    }

    @Test
    void openingBalanceIsKept() {
        assertEquals(250, new BankAccount(250).balance(), "new BankAccount(250) holds 250");
    }

    @Test
    void negativeOpeningBalanceIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new BankAccount(-1),
                "an account never starts overdrawn: new BankAccount(-1) must throw IllegalArgumentException");
    }

    @Test
    void depositAddsToTheBalance() {
        BankAccount account = new BankAccount(100);
        account.deposit(50);
        account.deposit(1);
        assertEquals(151, account.balance(), "100 + 50 + 1");
    }

    @Test
    void depositRejectsZeroAndNegativeAmounts() {
        BankAccount account = new BankAccount(100);
        assertThrows(IllegalArgumentException.class, () -> account.deposit(0),
                "deposit(0) must throw IllegalArgumentException: an amount must be positive");
        assertThrows(IllegalArgumentException.class, () -> account.deposit(-30),
                "deposit(-30) must throw IllegalArgumentException: a negative deposit would be a withdrawal "
                        + "that skips the balance check");
        assertEquals(100, account.balance(), "a rejected deposit must leave the balance unchanged");
    }

    @Test
    void withdrawTakesMoneyTheBalanceCovers() {
        BankAccount account = new BankAccount(100);
        assertTrue(account.withdraw(30), "withdraw(30) from 100 succeeds");
        assertEquals(70, account.balance(), "100 - 30");
        assertTrue(account.withdraw(70), "withdrawing exactly the whole balance succeeds");
        assertEquals(0, account.balance(), "the account is empty after withdrawing everything");
    }

    @Test
    void withdrawRefusesMoreThanTheBalance() {
        BankAccount account = new BankAccount(100);
        assertFalse(account.withdraw(101), "withdraw(101) from 100 must return false: no overdraft");
        assertEquals(100, account.balance(), "a refused withdrawal must leave the balance unchanged");
    }

    @Test
    void withdrawRejectsZeroAndNegativeAmounts() {
        BankAccount account = new BankAccount(100);
        assertThrows(IllegalArgumentException.class, () -> account.withdraw(0),
                "withdraw(0) must throw IllegalArgumentException: an amount must be positive");
        assertThrows(IllegalArgumentException.class, () -> account.withdraw(-30),
                "withdraw(-30) must throw IllegalArgumentException: a negative withdrawal would be a deposit");
        assertEquals(100, account.balance(), "a rejected withdrawal must leave the balance unchanged");
    }

    @Test
    void concurrentDepositsAreNeverLost() {
        BankAccount account = new BankAccount();

        TestThreads.runTogether(THREADS, "depositor", index -> {
            for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                account.deposit(1);
            }
        });

        long expected = (long) THREADS * OPERATIONS_PER_THREAD;
        assertEquals(expected, account.balance(), String.format(
                "lost update: %d threads x %,d deposits of 1 left a balance of %,d instead of %,d. "
                        + "balance += amount reads, adds and writes back: two deposits that read the same "
                        + "balance both write their own sum, and one deposit vanishes.",
                THREADS, OPERATIONS_PER_THREAD, account.balance(), expected));
    }

    @Test
    void concurrentWithdrawalsNeverOverdraw() {
        long opening = (long) THREADS * OPERATIONS_PER_THREAD / 2;
        BankAccount account = new BankAccount(opening);
        AtomicLong succeeded = new AtomicLong();

        // Twice as many withdrawals of 1 as the balance covers: exactly half may succeed.
        TestThreads.runTogether(THREADS, "withdrawer", index -> {
            for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                if (account.withdraw(1)) {
                    succeeded.incrementAndGet();
                }
            }
        });

        assertTrue(account.balance() >= 0, String.format(
                "overdraft: the balance ended at %,d. Check-then-act: two threads both saw enough money, "
                        + "then both took it. The check and the withdrawal must be one atomic step.",
                account.balance()));
        assertEquals(opening, succeeded.get(), String.format(
                "%,d withdrawals of 1 succeeded from a balance of %,d; exactly %,d should have: "
                        + "every withdrawal the balance covers succeeds, and no more",
                succeeded.get(), opening, opening));
        assertEquals(0, account.balance(), "after withdrawing every cent, the balance is 0");
    }

    @Test
    void concurrentDepositsAndWithdrawalsKeepTheBooksStraight() {
        // The opening balance covers every withdrawal even if no deposit arrives first.
        long opening = (long) (THREADS / 2) * OPERATIONS_PER_THREAD;
        BankAccount account = new BankAccount(opening);
        AtomicLong refused = new AtomicLong();

        TestThreads.runTogether(THREADS, "teller", index -> {
            for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                if (index % 2 == 0) {
                    account.deposit(1);
                } else if (!account.withdraw(1)) {
                    refused.incrementAndGet();
                }
            }
        });

        assertEquals(0, refused.get(), String.format(
                "%,d withdrawals were refused although the balance always covered them: a withdrawal "
                        + "saw a balance that a concurrent deposit or withdrawal had already changed",
                refused.get()));
        assertEquals(opening, account.balance(), String.format(
                "lost update: %,d deposits of 1 and %,d withdrawals of 1 should leave the opening %,d, "
                        + "but the balance is %,d. deposit and withdraw change the same balance, so they "
                        + "must exclude each other.",
                opening, opening, opening, account.balance()));
    }
}
