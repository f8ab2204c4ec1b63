package lab.deadlock;

import java.util.function.Supplier;

/**
 * A bank of numbered accounts that moves money between them from many threads at once.
 *
 * <p>Accounts are numbered {@code 0} to {@code accounts() - 1}. Money is only ever moved, never
 * created or destroyed, so {@link #totalBalance()} never changes, and no balance is ever
 * negative. (Assume the total of all balances fits in a {@code long}.)
 *
 * <p>Every method may be called from any number of threads at once, and none of them may ever
 * deadlock, whatever accounts the threads use and in whatever order.
 *
 * <p>Operations on unrelated accounts run in parallel: a transfer between accounts 2 and 3 never
 * waits for work on accounts 0 and 1. Operations that share an account wait for each other
 * (they block; they do not spin).
 */
public final class Bank {

    /**
     * Creates a bank of {@code accounts} accounts, each holding {@code initialBalance}.
     *
     * @throws IllegalArgumentException if {@code accounts < 1} or {@code initialBalance < 0}
     */
    public Bank(int accounts, long initialBalance) {
        throw new UnsupportedOperationException("TODO: create the accounts, each with its own lock");
    }

    /** Returns the number of accounts. */
    public int accounts() {
        throw new UnsupportedOperationException("TODO: return the number of accounts");
    }

    /**
     * Returns the balance of one account.
     *
     * @throws IllegalArgumentException if the account does not exist
     */
    public long balance(int account) {
        throw new UnsupportedOperationException("TODO: return the account's balance");
    }

    /**
     * Moves {@code amount} from one account to another, in one step that no other thread can
     * see half done. Transfers in opposite directions (0 to 1 and 1 to 0) may run at the same
     * time and must not deadlock.
     *
     * @return {@code true} if the money moved (a transfer of 0 always succeeds); {@code false} if
     *     {@code from} holds less than {@code amount} (then nothing changes)
     * @throws IllegalArgumentException if an account does not exist, {@code from == to}, or
     *     {@code amount < 0}
     */
    public boolean transfer(int from, int to, long amount) {
        throw new UnsupportedOperationException(
                "TODO: move the money in one step, without ever letting a balance go negative");
    }

    /**
     * Moves the whole balance of {@code from} to {@code to}, in one step.
     *
     * @return the amount moved (0 if {@code from} was empty)
     * @throws IllegalArgumentException if an account does not exist or {@code from == to}
     */
    public long transferAll(int from, int to) {
        throw new UnsupportedOperationException(
                "TODO: move the whole balance of from to to, in one step");
    }

    /**
     * Runs {@code action} as one step on accounts {@code a} and {@code b}: while it runs, no other
     * thread transfers money to or from either account, and {@link #totalBalance()} waits for it
     * to finish. Work on other accounts goes on in parallel.
     *
     * <p>The action runs on the calling thread and may call this bank's methods on accounts
     * {@code a} and {@code b} only ({@link #balance}, {@link #transfer}, {@link #transferAll},
     * {@code atomically}, in either order of the two). It must not touch other accounts or call
     * {@link #totalBalance()}. If the action throws, the exception propagates, what the action
     * did before it threw stays done, and the accounts are free again.
     *
     * <pre>{@code
     * // pay 30 from account 0 to account 1 only if account 1 is still below 100
     * boolean paid = bank.atomically(0, 1, () -> bank.balance(1) < 100 && bank.transfer(0, 1, 30));
     * }</pre>
     *
     * @return what {@code action} returned
     * @throws IllegalArgumentException if an account does not exist or {@code a == b}
     */
    public <T> T atomically(int a, int b, Supplier<T> action) {
        throw new UnsupportedOperationException(
                "TODO: run the action while no other thread can touch accounts a and b");
    }

    /**
     * Returns the sum of all balances, as one consistent snapshot (an audit): it waits for
     * transfers and {@link #atomically} actions in progress, and no money is counted twice or
     * missed because it was moving while the sum was taken.
     */
    public long totalBalance() {
        throw new UnsupportedOperationException(
                "TODO: sum all balances as one snapshot that no transfer can change midway");
    }
}
