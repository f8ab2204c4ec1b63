/*
 * Mutant: check-then-act-split
 * Bug: withdraw checks the balance under the lock and subtracts under the lock again later: both threads can pass the check before either subtracts.
 * Caught by: stress
 */
package lab.raceconditions;

/**
 * A bank account that many threads may use at the same time and that never goes overdrawn.
 */
public class BankAccount {

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
        // Each step is locked, but the lock is released between the check and the act.
        if (balance() < amount) {
            return false;
        }
        synchronized (this) {
            balance -= amount;
        }
        return true;
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
