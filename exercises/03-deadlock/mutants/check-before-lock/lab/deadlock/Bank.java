/*
 * Mutant: check-before-lock
 * Bug: transfer checks the balance before taking the locks, so another transfer can empty the account between the check and the debit (overdraft).
 * Caught by: hidden
 */
package lab.deadlock;

import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
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

    /** One account: its balance and the lock that guards it. */
    private static final class Account {
        // ReentrantLock, not a plain mutex: a thread that holds it may take it again, which
        // atomically(...) needs when its action calls transfer(...) on the same accounts.
        final ReentrantLock lock = new ReentrantLock();
        long balance; // guarded by lock

        Account(long balance) {
            this.balance = balance;
        }
    }

    private final Account[] accounts;

    /**
     * Creates a bank of {@code accounts} accounts, each holding {@code initialBalance}.
     *
     * @throws IllegalArgumentException if {@code accounts < 1} or {@code initialBalance < 0}
     */
    public Bank(int accounts, long initialBalance) {
        if (accounts < 1) {
            throw new IllegalArgumentException("a bank needs at least one account, not " + accounts);
        }
        if (initialBalance < 0) {
            throw new IllegalArgumentException("a balance cannot be negative: " + initialBalance);
        }
        this.accounts = new Account[accounts];
        for (int i = 0; i < accounts; i++) {
            this.accounts[i] = new Account(initialBalance);
        }
    }

    /** Returns the number of accounts. */
    public int accounts() {
        return accounts.length;
    }

    /**
     * Returns the balance of one account.
     *
     * @throws IllegalArgumentException if the account does not exist
     */
    public long balance(int account) {
        Account a = account(account);
        a.lock.lock();
        try {
            return a.balance;
        } finally {
            a.lock.unlock();
        }
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
        if (amount < 0) {
            throw new IllegalArgumentException("cannot transfer a negative amount: " + amount);
        }
        Account source = account(from);
        Account target = account(to);
        if (source.balance < amount) {
            return false; // fail fast, without waiting for the locks
        }
        return inOrder(from, to, () -> {
            source.balance -= amount;
            target.balance += amount;
            return true;
        });
    }

    /**
     * Moves the whole balance of {@code from} to {@code to}, in one step.
     *
     * @return the amount moved (0 if {@code from} was empty)
     * @throws IllegalArgumentException if an account does not exist or {@code from == to}
     */
    public long transferAll(int from, int to) {
        // A nested call: atomically(...) holds both locks while transfer(...) takes them again.
        // Without reentrant locks this thread would wait for itself forever.
        return atomically(from, to, () -> {
            long all = balance(from);
            transfer(from, to, all);
            return all;
        });
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
        Objects.requireNonNull(action, "action");
        account(a);
        account(b);
        return inOrder(a, b, action);
    }

    /**
     * Returns the sum of all balances, as one consistent snapshot (an audit): it waits for
     * transfers and {@link #atomically} actions in progress, and no money is counted twice or
     * missed because it was moving while the sum was taken.
     */
    public long totalBalance() {
        // Take every lock, always in account order (the same global order transfers use), and
        // only then read: while all are held, no money can be in flight.
        for (Account account : accounts) {
            account.lock.lock();
        }
        try {
            long total = 0;
            for (Account account : accounts) {
                total += account.balance;
            }
            return total;
        } finally {
            for (int i = accounts.length - 1; i >= 0; i--) {
                accounts[i].lock.unlock();
            }
        }
    }

    /**
     * Runs {@code action} holding the locks of two different accounts, taken lower number first.
     *
     * <p>Every thread takes any two locks in the same global order, so no thread can hold the
     * higher lock while waiting for the lower one: a cycle of threads each waiting for the next
     * (a deadlock) cannot form.
     */
    private <T> T inOrder(int a, int b, Supplier<T> action) {
        if (a == b) {
            throw new IllegalArgumentException("need two different accounts, got " + a + " twice");
        }
        Account first = accounts[Math.min(a, b)];
        Account second = accounts[Math.max(a, b)];
        first.lock.lock();
        try {
            second.lock.lock();
            try {
                return action.get();
            } finally {
                second.lock.unlock();
            }
        } finally {
            first.lock.unlock();
        }
    }

    private Account account(int id) {
        if (id < 0 || id >= accounts.length) {
            throw new IllegalArgumentException("no account " + id + " (accounts are 0 to "
                    + (accounts.length - 1) + ")");
        }
        return accounts[id];
    }
}
