/*
 * Mutant: two-locks
 * Bug: deposit locks the account's monitor while withdraw locks a separate ReentrantLock, so a deposit and a withdrawal run at once and one overwrites the other.
 * Caught by: stress
 */
package lab.raceconditions;

import java.util.concurrent.locks.ReentrantLock;

/**
 * A bank account that many threads may use at the same time and that never goes overdrawn.
 */
public class BankAccount {

    private final ReentrantLock withdrawLock = new ReentrantLock();
    private long balance;

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
        this.balance = openingBalance;
    }

    /**
     * Adds {@code amount} to the balance.
     *
     * @param amount the amount in cents
     * @throws IllegalArgumentException if {@code amount} is zero or negative
     */
    public synchronized void deposit(long amount) {
        requirePositive(amount);
        balance += amount;
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
        withdrawLock.lock();
        try {
            if (balance < amount) {
                return false;
            }
            balance -= amount;
            return true;
        } finally {
            withdrawLock.unlock();
        }
    }

    /**
     * Returns the current balance.
     *
     * @return the balance in cents
     */
    public synchronized long balance() {
        return balance;
    }

    private static void requirePositive(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
    }
}
