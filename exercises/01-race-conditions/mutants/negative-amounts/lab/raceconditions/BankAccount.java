/*
 * Mutant: negative-amounts
 * Bug: deposit and withdraw accept zero and negative amounts, so withdraw(-50) skips the balance check and adds money.
 * Caught by: tests
 */
package lab.raceconditions;

/**
 * A bank account that many threads may use at the same time and that never goes overdrawn.
 *
 * <p>Amounts are whole cents. Every method is safe to call from any number of threads at once:
 * no deposit or withdrawal is ever lost, and the balance is never negative.
 */
public class BankAccount {

    // Guarded by this object's monitor. The balance check and the subtraction in withdraw must
    // happen under the same lock, in the same critical section, or two threads can both pass
    // the check before either subtracts.
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
        // No lock needed here: the object is not shared with any other thread until the
        // constructor has returned and someone publishes the reference.
        this.balance = openingBalance;
    }

    /**
     * Adds {@code amount} to the balance.
     *
     * @param amount the amount in cents
     * @throws IllegalArgumentException if {@code amount} is zero or negative
     */
    public synchronized void deposit(long amount) {
        balance += amount;
    }

    /**
     * Takes {@code amount} from the balance if the balance covers it.
     *
     * <p>If the balance is at least {@code amount}, subtracts it and returns {@code true};
     * otherwise leaves the balance unchanged and returns {@code false}. Two withdrawals that each
     * fit but together do not can never both succeed.
     *
     * @param amount the amount in cents
     * @return whether the money was withdrawn
     * @throws IllegalArgumentException if {@code amount} is zero or negative
     */
    public synchronized boolean withdraw(long amount) {
        // Check-then-act: the check is only worth something if nothing can change the balance
        // between the check and the act. Holding the lock across both guarantees that.
        if (balance < amount) {
            return false;
        }
        balance -= amount;
        return true;
    }

    /**
     * Returns the current balance.
     *
     * @return the balance in cents, never negative
     */
    public synchronized long balance() {
        return balance;
    }
}
