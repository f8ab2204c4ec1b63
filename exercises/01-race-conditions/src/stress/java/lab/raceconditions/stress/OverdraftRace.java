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
 * Check-then-act: two threads share an account holding 100. Each one, over and over, withdraws
 * 80 and pays it back. The balance covers one withdrawal of 80 at a time, never two, so right
 * after a successful withdrawal the balance is 20, never below zero.
 *
 * <p>Each actor loops at least {@value #ROUNDS} times and keeps going until the other has too,
 * so the two loops overlap in time even when one thread starts late on a busy machine. Results:
 * how many times a thread saw the account overdrawn right after its own withdrawal, then how far
 * the final balance is from 100.
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

    static final int ROUNDS = 100_000;
    static final long OPENING_BALANCE = 100;
    static final long AMOUNT = 80;

    private final BankAccount account = new BankAccount(OPENING_BALANCE);
    private final AtomicInteger actorsPastTarget = new AtomicInteger();
    private long overdraftsSeenByFirst;
    private long overdraftsSeenBySecond;

    @Actor
    public void firstCustomer() {
        overdraftsSeenByFirst = borrowAndRepay();
    }

    @Actor
    public void secondCustomer() {
        overdraftsSeenBySecond = borrowAndRepay();
    }

    @Arbiter
    public void check(JJ_Result result) {
        result.r1 = overdraftsSeenByFirst + overdraftsSeenBySecond;
        result.r2 = account.balance() - OPENING_BALANCE;
    }

    private long borrowAndRepay() {
        long overdrafts = 0;
        long rounds = 0;
        do {
            if (account.withdraw(AMOUNT)) {
                if (account.balance() < 0) {
                    overdrafts++;
                }
                account.deposit(AMOUNT);
            }
            rounds++;
            if (rounds == ROUNDS) {
                actorsPastTarget.incrementAndGet();
            }
        } while (actorsPastTarget.get() < 2);
        return overdrafts;
    }
}
