/*
 * Mutant: atomic-check-then-act
 * Bug: the balance is an AtomicLong, but withdraw reads it with get() and then calls addAndGet(): two atomic steps are not one atomic step, so both threads can pass the check.
 * Caught by: stress
 */
package lab.raceconditions;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A bank account that many threads may use at the same time and that never goes overdrawn.
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
        if (balance.get() < amount) {
            return false;
        }
        balance.addAndGet(-amount);
        return true;
    }

    /**
     * Returns the current balance.
     *
     * @return the balance in cents
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
