/*
 * Alternative: trylock-backoff
 * Design: no global lock order; a thread blocks on one lock while holding nothing, only tries the
 * others, and on a miss releases everything, backs off and blocks on the busy one next (breaking
 * hold-and-wait); balances and locks live in two parallel arrays instead of Account objects.
 */
package lab.deadlock;

import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A bank of numbered accounts that moves money between them from many threads at once.
 *
 * <p>Accounts are numbered {@code 0} to {@code accounts() - 1}. Money is only ever moved, never
 * created or destroyed, so {@link #totalBalance()} never changes, and no balance is ever
 * negative. Every method may be called from any number of threads at once, and none of them may
 * ever deadlock. Operations on unrelated accounts run in parallel; operations that share an
 * account wait for each other.
 */
public final class Bank {

    /** The longest pause between two attempts to get a group of locks. */
    private static final long MAX_BACK_OFF_NANOS = 1_000_000L;

    // locks[i] guards balances[i]. Reentrant, because atomically(...) actions call back into the
    // bank on the accounts they already hold.
    private final ReentrantLock[] locks;
    private final long[] balances;
    // Every account number, for the audit, which needs all the locks at once.
    private final int[] everyAccount;

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
        locks = new ReentrantLock[accounts];
        balances = new long[accounts];
        everyAccount = new int[accounts];
        for (int i = 0; i < accounts; i++) {
            locks[i] = new ReentrantLock();
            balances[i] = initialBalance;
            everyAccount[i] = i;
        }
    }

    /** Returns the number of accounts. */
    public int accounts() {
        return balances.length;
    }

    /**
     * Returns the balance of one account.
     *
     * @throws IllegalArgumentException if the account does not exist
     */
    public long balance(int account) {
        checkAccount(account);
        ReentrantLock lock = locks[account];
        lock.lock();
        try {
            return balances[account];
        } finally {
            lock.unlock();
        }
    }

    /**
     * Moves {@code amount} from one account to another, in one step that no other thread can
     * see half done.
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
        return holdingBoth(from, to, () -> {
            // Checked only once both locks are held, so nobody can spend the money in between.
            if (balances[from] < amount) {
                return false;
            }
            balances[from] -= amount;
            balances[to] += amount;
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
        return atomically(from, to, () -> {
            long all = balance(from);
            transfer(from, to, all);
            return all;
        });
    }

    /**
     * Runs {@code action} as one step on accounts {@code a} and {@code b}: while it runs, no other
     * thread touches either account, and {@link #totalBalance()} waits for it to finish. The
     * action may call this bank's methods on {@code a} and {@code b} again. If it throws, the
     * exception propagates and the accounts are free again.
     *
     * @return what {@code action} returned
     * @throws IllegalArgumentException if an account does not exist or {@code a == b}
     */
    public <T> T atomically(int a, int b, Supplier<T> action) {
        Objects.requireNonNull(action, "action");
        return holdingBoth(a, b, action);
    }

    /**
     * Returns the sum of all balances, as one consistent snapshot: every account's lock is held
     * at the same time while the sum is taken.
     */
    public long totalBalance() {
        return holdingAll(everyAccount, () -> {
            long total = 0;
            for (long balance : balances) {
                total += balance;
            }
            return total;
        });
    }

    private <T> T holdingBoth(int a, int b, Supplier<T> action) {
        checkAccount(a);
        checkAccount(b);
        if (a == b) {
            throw new IllegalArgumentException("need two different accounts, got " + a + " twice");
        }
        return holdingAll(new int[] {a, b}, action);
    }

    /**
     * Runs {@code action} holding the locks of every account in {@code group} (all different).
     *
     * <p>No lock order is needed, because no thread ever waits for a lock while it holds another:
     * it blocks on one lock of the group while holding none, then only <em>tries</em> the rest. If
     * one of them is busy, it lets go of everything it took, pauses for a random moment (so that
     * two threads that keep colliding fall out of step), and starts again, this time blocking on
     * the lock that was busy. Without hold-and-wait, no cycle of waiting threads can form.
     *
     * <p>A thread that already holds the whole group (a call nested inside {@link #atomically})
     * gets every lock again at once, since the locks are reentrant.
     */
    private <T> T holdingAll(int[] group, Supplier<T> action) {
        int waitFor = 0;
        for (int attempt = 0; ; attempt++) {
            ReentrantLock patient = locks[group[waitFor]];
            patient.lock();
            int busy = -1;
            int tried = 0;
            try {
                for (; tried < group.length; tried++) {
                    if (tried != waitFor && !locks[group[tried]].tryLock()) {
                        busy = tried;
                        break;
                    }
                }
                if (busy < 0) {
                    return action.get();
                }
            } finally {
                // Release exactly what this attempt took: the patient lock and every lock tried
                // successfully before the busy one (all of them when the action ran).
                for (int i = tried - 1; i >= 0; i--) {
                    if (i != waitFor && i != busy) {
                        locks[group[i]].unlock();
                    }
                }
                patient.unlock();
            }
            waitFor = busy;
            backOff(attempt);
        }
    }

    /** Parks for a random time that grows with the number of failed attempts, up to a millisecond. */
    private static void backOff(int attempt) {
        long bound = Math.min(MAX_BACK_OFF_NANOS, 1_000L << Math.min(attempt, 10));
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1, bound + 1));
    }

    private void checkAccount(int id) {
        if (id < 0 || id >= balances.length) {
            throw new IllegalArgumentException("no account " + id + " (accounts are 0 to "
                    + (balances.length - 1) + ")");
        }
    }
}
