/*
 * Mutant: one-global-lock
 * Bug: one lock guards every account, so a transfer between accounts 2 and 3 waits for any work on accounts 0 and 1 (correct, but serial).
 * Caught by: tests
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

    // One lock for the whole bank: simple, correct, and every operation waits for every other.
    private final ReentrantLock bankLock = new ReentrantLock();
    private final long[] balances; // guarded by bankLock

    public Bank(int accounts, long initialBalance) {
        if (accounts < 1) {
            throw new IllegalArgumentException("a bank needs at least one account, not " + accounts);
        }
        if (initialBalance < 0) {
            throw new IllegalArgumentException("a balance cannot be negative: " + initialBalance);
        }
        this.balances = new long[accounts];
        java.util.Arrays.fill(balances, initialBalance);
    }

    public int accounts() {
        return balances.length;
    }

    public long balance(int account) {
        check(account);
        return locked(() -> balances[account]);
    }

    public boolean transfer(int from, int to, long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("cannot transfer a negative amount: " + amount);
        }
        checkPair(from, to);
        return locked(() -> {
            if (balances[from] < amount) {
                return false;
            }
            balances[from] -= amount;
            balances[to] += amount;
            return true;
        });
    }

    public long transferAll(int from, int to) {
        return atomically(from, to, () -> {
            long all = balance(from);
            transfer(from, to, all);
            return all;
        });
    }

    public <T> T atomically(int a, int b, Supplier<T> action) {
        Objects.requireNonNull(action, "action");
        checkPair(a, b);
        return locked(action);
    }

    public long totalBalance() {
        return locked(() -> {
            long total = 0;
            for (long balance : balances) {
                total += balance;
            }
            return total;
        });
    }

    private <T> T locked(Supplier<T> action) {
        bankLock.lock();
        try {
            return action.get();
        } finally {
            bankLock.unlock();
        }
    }

    private void checkPair(int a, int b) {
        check(a);
        check(b);
        if (a == b) {
            throw new IllegalArgumentException("need two different accounts, got " + a + " twice");
        }
    }

    private void check(int id) {
        if (id < 0 || id >= balances.length) {
            throw new IllegalArgumentException("no account " + id);
        }
    }
}
