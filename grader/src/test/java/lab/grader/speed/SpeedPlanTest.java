package lab.grader.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeedPlanTest {

    private static final SpeedPlan PLAN = new SpeedPlan(List.of(1, 2), 2, 7, 15, Duration.ofSeconds(30));

    @Test
    void cheapRoundsFillTheBudget() {
        assertEquals(12, PLAN.rounds(Duration.ofMillis(2500).toNanos()));
    }

    @Test
    void costlyRoundsStillGetTheFloor() {
        assertEquals(7, PLAN.rounds(Duration.ofSeconds(6).toNanos()));
        assertEquals(7, PLAN.rounds(Duration.ofSeconds(60).toNanos()));
    }

    @Test
    void veryCheapRoundsStopAtTheCeiling() {
        assertEquals(15, PLAN.rounds(Duration.ofMillis(100).toNanos()));
        assertEquals(15, PLAN.rounds(0), "no warm-up measured: the ceiling");
    }

    @Test
    void quickPlansFewerRoundsThanFull() {
        long round = Duration.ofMillis(2500).toNanos();
        SpeedPlan quick = SpeedPlan.forCpus(2, true);
        SpeedPlan full = SpeedPlan.forCpus(2, false);
        assertEquals(4, quick.rounds(round));
        assertEquals(3, quick.rounds(Duration.ofSeconds(5).toNanos()));
        assertEquals(12, full.rounds(round));
        assertEquals(List.of(1, 2), full.threads());
    }
}
