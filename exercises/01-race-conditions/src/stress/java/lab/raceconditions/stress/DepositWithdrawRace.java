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
 * Lost update between deposit and withdraw: one thread deposits 1 cent per round while another
 * withdraws 1 cent per round from the same account. Both change the same balance, so they must
 * exclude each other, not only themselves.
 *
 * <p>The opening balance is far larger than anything the withdrawer can take, so no withdrawal
 * may be refused, and the final balance must be the opening balance plus every deposit minus
 * every withdrawal. Each actor loops for as long as the {@link Pacer} says. Results: the number of
 * refused withdrawals, then how far the final balance is off.
 */
@JCStressTest
@Outcome(id = "0, 0", expect = ACCEPTABLE,
        desc = "Every withdrawal succeeded and every deposit and withdrawal shows in the balance.")
@Outcome(id = "0, -?[1-9][0-9]*", expect = FORBIDDEN,
        desc = "The balance is off (by the second number, in cents): a deposit and a withdrawal read "
                + "the same balance and one wrote over the other's result. Do both methods hold the "
                + "same lock?")
@Outcome(id = "[1-9][0-9]*, -?[0-9]+", expect = FORBIDDEN,
        desc = "Withdrawals were refused (the first number says how many) although the balance always "
                + "covered them: a withdrawal gave up because a deposit changed the balance at the same "
                + "moment. A failed compare-and-set means 'try again', not 'no money'.")
@Outcome(expect = FORBIDDEN, desc = "Any other result: no refusals and a balance that adds up.")
@State
public class DepositWithdrawRace {

    static final long OPENING_BALANCE = 1_000_000_000_000L;

    private final BankAccount account = new BankAccount(OPENING_BALANCE);
    private final Pacer pacer = new Pacer();
    private long deposited;
    private long withdrawn;
    private long refused;

    @Actor
    public void depositor() {
        pacer.start(0);
        long rounds = 0;
        do {
            account.deposit(1);
            rounds++;
        } while (pacer.keepGoing(0, rounds));
        deposited = rounds;
    }

    @Actor
    public void withdrawer() {
        pacer.start(1);
        long rounds = 0;
        long taken = 0;
        do {
            if (account.withdraw(1)) {
                taken++;
            }
            rounds++;
        } while (pacer.keepGoing(1, rounds));
        withdrawn = taken;
        refused = rounds - taken;
    }

    @Arbiter
    public void check(JJ_Result result) {
        result.r1 = refused;
        result.r2 = account.balance() - (OPENING_BALANCE + deposited - withdrawn);
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
