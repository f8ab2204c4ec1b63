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
 * every withdrawal. The {@link Pacer} keeps both loops going until the two threads have certainly
 * run side by side. Results: the number of refused withdrawals, then how far the final balance
 * is off.
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
    private long withdrawn;

    @Actor
    public void depositor() {
        pacer.start(0);
        do {
            account.deposit(1);
        } while (pacer.anotherRound(0));
    }

    @Actor
    public void withdrawer() {
        pacer.start(1);
        long taken = 0;
        do {
            if (account.withdraw(1)) {
                taken++;
            }
        } while (pacer.anotherRound(1));
        withdrawn = taken;
    }

    @Arbiter
    public void check(JJ_Result result) {
        long deposited = pacer.rounds(0);
        long refused = pacer.rounds(1) - withdrawn;
        result.r1 = refused;
        result.r2 = account.balance() - (OPENING_BALANCE + deposited - withdrawn);
    }

    /**
     * Decides when the two actors may stop. Each one goes on until both have done
     * {@value #MIN_ROUNDS} rounds and each has seen the other make progress {@value #MIN_OVERLAPS}
     * times between two of its own rounds: proof that the two threads really ran at the same
     * moment, even on a busy machine where one of them may sit in the scheduler's queue for a
     * while. A deadline keeps a sample short if the two threads rarely get to run together.
     */
    static final class Pacer {

        static final int MIN_ROUNDS = 10_000;
        static final int MIN_OVERLAPS = 200;
        static final long MAX_NANOS = 200_000_000L;

        private final AtomicLongArray rounds = new AtomicLongArray(2);
        private final AtomicInteger actorsSatisfied = new AtomicInteger();
        // Each element of these arrays is read and written by its own actor only.
        private final long[] otherSeen = new long[2];
        private final long[] overlaps = new long[2];
        private final long[] deadline = new long[2];
        private final boolean[] satisfied = new boolean[2];

        void start(int me) {
            deadline[me] = System.nanoTime() + MAX_NANOS;
        }

        /** Records one more round of actor {@code me}; returns whether it should do another. */
        boolean anotherRound(int me) {
            long done = rounds.get(me) + 1;
            rounds.lazySet(me, done);
            long other = rounds.get(1 - me);
            if (other != otherSeen[me]) {
                otherSeen[me] = other;
                overlaps[me]++;
            }
            if (!satisfied[me] && done >= MIN_ROUNDS && overlaps[me] >= MIN_OVERLAPS) {
                satisfied[me] = true;
                actorsSatisfied.incrementAndGet();
            }
            return actorsSatisfied.get() < 2 && System.nanoTime() < deadline[me];
        }

        long rounds(int me) {
            return rounds.get(me);
        }
    }
}
