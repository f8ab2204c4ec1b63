/*
 * Alternative: atomics
 * Design: the balance is an AtomicLong and withdraw is a compareAndSet retry loop, so the
 * check-then-act is made atomic without any lock.
 */
package lab.raceconditions;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A bank account that many threads may use at the same time and that never goes overdrawn.
 *
 * <p>Amounts are whole cents. Every method is safe to call from any number of threads at once.
 */
public class BankAccount {

    private final AtomicLong balance;

    /** Opens an account with a balance of zero. */
    public BankAccount() {
        this(0);
    }

    /**
     * Opens an account with the given balance.
     *
     * @param openingBalance the starting balance in cents
     * @throws IllegalArgumentException if {@code openingBalance} is negative
     */
    public BankAccount(long openingBalance) {
        if (openingBalance < 0) {
            throw new IllegalArgumentException("opening balance must not be negative: " + openingBalance);
        }
        this.balance = new AtomicLong(openingBalance);
    }

    /**
     * Adds {@code amount} to the balance.
     *
     * @param amount the amount in cents
     * @throws IllegalArgumentException if {@code amount} is zero or negative
     */
    public void deposit(long amount) {
        requirePositive(amount);
        // One atomic read-add-write: no other deposit or withdrawal can slip in between.
        balance.addAndGet(amount);
    }

    /**
     * Takes {@code amount} from the balance if the balance covers it.
     *
     * @param amount the amount in cents
     * @return whether the money was withdrawn
     * @throws IllegalArgumentException if {@code amount} is zero or negative
     */
    public boolean withdraw(long amount) {
        requirePositive(amount);
        while (true) {
            long seen = balance.get();
            if (seen < amount) {
                // The balance we read does not cover the amount. It was the true balance at the
                // moment of the read, so refusing is a correct answer.
                return false;
            }
            // Write the new balance only if nobody changed it since we checked it; otherwise
            // our check is stale, so read again and decide afresh.
            if (balance.compareAndSet(seen, seen - amount)) {
                return true;
            }
        }
    }

    /**
     * Returns the current balance.
     *
     * @return the balance in cents, never negative
     */
    public long balance() {
        return balance.get();
    }

    private static void requirePositive(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
    }
}
