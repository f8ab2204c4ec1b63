package lab.raceconditions;

/**
 * A bank account that many threads may use at the same time and that never goes overdrawn.
 *
 * <p>Amounts are whole cents. Every method must be safe to call from any number of threads at
 * once: no deposit or withdrawal is ever lost, and the balance is never negative.
 */
public class BankAccount {

    /** Opens an account with a balance of zero. */
    public BankAccount() {
        throw new UnsupportedOperationException("TODO: open an account with a balance of zero");
    }

    /**
     * Opens an account with the given balance.
     *
     * @param openingBalance the starting balance in cents
     * @throws IllegalArgumentException if {@code openingBalance} is negative
     */
    public BankAccount(long openingBalance) {
        throw new UnsupportedOperationException(
                "TODO: open an account with this balance (reject a negative one)");
    }

    /**
     * Adds {@code amount} to the balance.
     *
     * @param amount the amount in cents
     * @throws IllegalArgumentException if {@code amount} is zero or negative
     */
    public void deposit(long amount) {
        throw new UnsupportedOperationException(
                "TODO: add the amount to the balance; no deposit may be lost when threads deposit at once");
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
    public boolean withdraw(long amount) {
        throw new UnsupportedOperationException(
                "TODO: take the amount only if the balance covers it, even when threads withdraw at once");
    }

    /**
     * Returns the current balance.
     *
     * @return the balance in cents, never negative
     */
    public long balance() {
        throw new UnsupportedOperationException("TODO: return the current balance");
    }
}
