package lab.grader.speed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import lab.grader.speed.OtherLoad.Sample;
import org.junit.jupiter.api.Test;

class OtherLoadTest {

    private static final double EXACT = 1e-12;

    @Test
    void theMachineLineCountsIdleAndIowaitAsNotBusyAndLeavesGuestTimeOut() {
        // user nice system idle iowait irq softirq steal guest guest_nice
        long[] ticks = OtherLoad.parseMachineLine("cpu  100 2 30 500 7 1 4 6 50 0");
        assertArrayEquals(new long[] {100 + 2 + 30 + 1 + 4 + 6, 100 + 2 + 30 + 500 + 7 + 1 + 4 + 6}, ticks);
    }

    @Test
    void aLineOfOneCpuIsNotTheMachineLine() {
        assertThrows(IllegalArgumentException.class, () -> OtherLoad.parseMachineLine("cpu0 1 2 3 4 5 6 7 8"));
    }

    @Test
    void aProcessLineIsReadAfterItsCommandNameEvenWhenTheNameHoldsParenthesesAndSpaces() {
        String line = "4242 (java (speed) x) S 1 4242 4242 0 -1 4194560 9 0 0 0 1234 56 0 0 20 0 30 0 100 0 0";
        assertEquals(1234 + 56, OtherLoad.parseProcessLine(line));
    }

    @Test
    void othersAreWhatTheMachineSpentBusyBeyondOurProcesses() {
        Sample before = new Sample(1_000, 10_000, 200);
        // 200 ticks of CPU passed on the machine, 120 of them busy, 90 of those ours.
        Sample after = new Sample(1_120, 10_200, 290);
        assertEquals(30 / 200.0, OtherLoad.othersShare(before, after), EXACT);
        assertTrue(OtherLoad.disturbed(Optional.of(before), Optional.of(after)));
    }

    @Test
    void aQuietMachineIsNotDisturbed() {
        Sample before = new Sample(1_000, 10_000, 200);
        Sample after = new Sample(1_195, 10_200, 390);
        assertEquals(5 / 200.0, OtherLoad.othersShare(before, after), EXACT);
        assertFalse(OtherLoad.disturbed(Optional.of(before), Optional.of(after)));
    }

    @Test
    void ticksCountedInADifferentOrderNeverMakeANegativeShare() {
        // Our processes' ticks and the machine's are read a moment apart; ours may run ahead.
        Sample before = new Sample(1_000, 10_000, 200);
        Sample after = new Sample(1_100, 10_200, 310);
        assertEquals(0, OtherLoad.othersShare(before, after), EXACT);
    }

    @Test
    void withoutSamplesNoRoundIsCalledDisturbed() {
        Sample some = new Sample(1, 2, 0);
        assertFalse(OtherLoad.disturbed(Optional.empty(), Optional.of(some)));
        assertFalse(OtherLoad.disturbed(Optional.of(some), Optional.empty()));
    }

    @Test
    void onLinuxThisMachineAndThisProcessCanBeRead() {
        assumeTrue(Files.isReadable(Path.of("/proc/stat")), "no /proc here");
        Sample sample = OtherLoad.besides(List.of()).sample().orElseThrow();
        assertTrue(sample.ourTicks() > 0, "this JVM has used CPU time");
        assertTrue(sample.ourTicks() <= sample.busyTicks(), "no process is busier than the machine");
        assertTrue(sample.busyTicks() <= sample.totalTicks());
    }

    @Test
    void aForkThatIsAlsoThisJvmIsCountedOnce() {
        assumeTrue(Files.isReadable(Path.of("/proc/stat")), "no /proc here");
        // Counting a process twice would hide a neighbour's load behind our own.
        long alone = OtherLoad.besides(List.of()).sample().orElseThrow().ourTicks();
        long twice = OtherLoad.besides(List.of(ProcessHandle.current())).sample().orElseThrow().ourTicks();
        assertTrue(twice < 2 * alone, "this JVM counted twice: " + alone + " then " + twice);
    }

    @Test
    void aBusyProcessThatIsNotOneOfOurForksCountsAsOthers() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/stat")) && Files.isExecutable(Path.of("/bin/sh")), "no /proc here");
        OtherLoad load = OtherLoad.besides(List.of());
        Optional<Sample> before = load.sample();
        // A child of this JVM, but not a speed fork: as much a neighbour as any other program.
        Process spinner = new ProcessBuilder("/bin/sh", "-c", "while :; do :; done").start();
        try {
            Thread.sleep(1000);
        } finally {
            spinner.destroyForcibly().waitFor();
        }
        double share = OtherLoad.othersShare(before.orElseThrow(), load.sample().orElseThrow());
        // It had a whole core for a second of the machine's two: about 0.5, less on a busy machine.
        assertTrue(share > 0.05, "a spinning shell took only " + share + " of the machine");
    }
}
