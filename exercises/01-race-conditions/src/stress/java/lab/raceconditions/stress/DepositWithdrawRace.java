package lab.raceconditions.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.atomic.AtomicInteger;
import lab.raceconditions.BankAccount;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JJ_Result;

/**
 * Lost update between deposit and withdraw: one thread deposits while another withdraws from the
 * same account. Both change the same balance, so they must exclude each other, not only
 * themselves.
 *
 * <p>The opening balance is far larger than anything the withdrawer can take, so no withdrawal
 * may be refused, and the final balance must be the opening balance plus every deposit minus
 * every withdrawal. Each actor loops at least {@value #ROUNDS} times and keeps going until the
 * other has too, so the two loops overlap in time even when one thread starts late on a busy
 * machine. Results: the number of refused withdrawals, then how far the final balance is off.
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

    static final int ROUNDS = 100_000;
    static final long OPENING_BALANCE = 1_000_000_000_000L;

    private final BankAccount account = new BankAccount(OPENING_BALANCE);
    private final AtomicInteger actorsPastTarget = new AtomicInteger();
    private long deposited;
    private long withdrawn;
    private long refused;

    @Actor
    public void depositor() {
        long rounds = 0;
        do {
            account.deposit(1);
            rounds++;
        } while (keepGoing(rounds));
        deposited = rounds;
    }

    @Actor
    public void withdrawer() {
        long rounds = 0;
        long taken = 0;
        do {
            if (account.withdraw(1)) {
                taken++;
            }
            rounds++;
        } while (keepGoing(rounds));
        withdrawn = taken;
        refused = rounds - taken;
    }

    @Arbiter
    public void check(JJ_Result result) {
        result.r1 = refused;
        result.r2 = account.balance() - (OPENING_BALANCE + deposited - withdrawn);
    }

    // Each actor does at least ROUNDS operations and goes on until the other has done as many.
    private boolean keepGoing(long rounds) {
        if (rounds == ROUNDS) {
            actorsPastTarget.incrementAndGet();
        }
        return actorsPastTarget.get() < 2;
    }
}
