package lab.raceconditions.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import lab.raceconditions.BankAccount;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JJ_Result;

/**
 * Check-then-act: two threads share an account holding 100. In every round each one withdraws 80
 * and, if it got the money, pays it back. The balance covers one withdrawal of 80 at a time, never
 * two, so right after a successful withdrawal the balance is 20, never below zero.
 *
 * <p>Each actor loops for as long as the {@link Pacer} says. Results: how many times a thread saw
 * the account overdrawn right after its own withdrawal, then how far the final balance is from
 * 100.
 */
@JCStressTest
@Outcome(id = "0, 0", expect = ACCEPTABLE,
        desc = "The account was never overdrawn and ends at 100.")
@Outcome(id = "[1-9][0-9]*, -?[0-9]+", expect = FORBIDDEN,
        desc = "Overdraft (the first number says how many times a thread saw it): both threads checked "
                + "the balance (100 >= 80) before either took the money, so both took it. The check "
                + "and the withdrawal must be one atomic step.")
@Outcome(id = "0, -?[1-9][0-9]*", expect = FORBIDDEN,
        desc = "The final balance is off (by the second number): a withdrawal and a deposit read the "
                + "same balance and one wrote over the other's result.")
@Outcome(expect = FORBIDDEN, desc = "Any other result: never overdrawn, and 100 at the end.")
@State
public class OverdraftRace {

    static final long OPENING_BALANCE = 100;
    static final long AMOUNT = 80;

    private final BankAccount account = new BankAccount(OPENING_BALANCE);
    private final Pacer pacer = new Pacer();
    private long overdraftsSeenByFirst;
    private long overdraftsSeenBySecond;

    @Actor
    public void firstCustomer() {
        overdraftsSeenByFirst = borrowAndRepay(0);
    }

    @Actor
    public void secondCustomer() {
        overdraftsSeenBySecond = borrowAndRepay(1);
    }

    @Arbiter
    public void check(JJ_Result result) {
        result.r1 = overdraftsSeenByFirst + overdraftsSeenBySecond;
        result.r2 = account.balance() - OPENING_BALANCE;
    }

    private long borrowAndRepay(int actor) {
        pacer.start(actor);
        long rounds = 0;
        long overdrafts = 0;
        do {
            if (account.withdraw(AMOUNT)) {
                if (account.balance() < 0) {
                    overdrafts++;
                }
                account.deposit(AMOUNT);
            }
            rounds++;
        } while (pacer.keepGoing(actor, rounds));
        return overdrafts;
    }

    /**
     * Decides when the two actors may stop, so that every sample gives the race many chances, even
     * in jcstress's quickest mode and on a busy machine.
     *
     * <p>Each actor goes on until both have done {@value #MIN_ROUNDS} rounds and each has seen the
     * other make progress {@value #MIN_OVERLAPS} times between two of its own checks: evidence that
     * the two threads ran side by side. A deadline ends a sample on a machine so busy that the two
     * threads rarely run together; there the race still shows, because a thread that the
     * scheduler pauses in the middle of a read-modify-write resumes with a stale value while the
     * other one keeps going. The bookkeeping runs only every {@value #CHECK_EVERY} rounds, so that
     * the actors spend nearly all their time inside the methods under test.
     */
    static final class Pacer {

        static final int MIN_ROUNDS = 20_000;
        static final int MIN_OVERLAPS = 100;
        static final int CHECK_EVERY = 64;
        static final long MAX_NANOS = 200_000_000L;

        private final AtomicLongArray published = new AtomicLongArray(2);
        private final AtomicInteger actorsSatisfied = new AtomicInteger();
        // Each element of these arrays is read and written by its own actor only.
        private final long[] otherSeen = new long[2];
        private final long[] overlaps = new long[2];
        private final long[] deadline = new long[2];
        private final boolean[] satisfied = new boolean[2];

        void start(int actor) {
            deadline[actor] = System.nanoTime() + MAX_NANOS;
        }

        /** Returns whether {@code actor}, having done {@code rounds} rounds, should do another. */
        boolean keepGoing(int actor, long rounds) {
            if (rounds % CHECK_EVERY != 0) {
                return true;
            }
            published.lazySet(actor, rounds);
            long other = published.get(1 - actor);
            if (other != otherSeen[actor]) {
                otherSeen[actor] = other;
                overlaps[actor]++;
            }
            if (!satisfied[actor] && rounds >= MIN_ROUNDS && overlaps[actor] >= MIN_OVERLAPS) {
                satisfied[actor] = true;
                actorsSatisfied.incrementAndGet();
            }
            return actorsSatisfied.get() < 2 && System.nanoTime() < deadline[actor];
        }
    }
}
