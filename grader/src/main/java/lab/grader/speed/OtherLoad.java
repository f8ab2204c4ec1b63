package lab.grader.speed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How much of the machine other programs used while a round was timed, so that a round slowed by
 * a neighbour (a build, an IDE, another grading) can be measured again instead of scored.
 *
 * <p>Read from Linux's {@code /proc}: the CPU time the whole machine spent busy, less the CPU time
 * of the grader and its speed forks. Both count in the same clock ticks, so no tick rate is
 * assumed. Time stolen by a hypervisor counts as busy but as none of ours, so it counts as
 * disturbance too. Where {@code /proc} cannot be read (macOS, Windows), nothing is known and no
 * round is ever called disturbed.
 */
final class OtherLoad {

    /**
     * The share of the machine's CPU time others may take during a round before it is measured
     * again: a fifth of a core on two cores. Idle daemons here take well under 1%.
     */
    static final double DISTURBED_SHARE = 0.10;

    private static final Path MACHINE_STAT = Path.of("/proc/stat");

    private final List<ProcessHandle> forks;

    private OtherLoad(List<ProcessHandle> forks) {
        this.forks = forks;
    }

    /**
     * Watches the machine, counting as ours this JVM (alone: its other children, such as another
     * exercise's test forks, are as much a disturbance as any program) and the given forks with
     * everything they started.
     */
    static OtherLoad besides(List<ProcessHandle> forks) {
        return new OtherLoad(forks);
    }

    /** The machine's CPU ticks and ours so far, or empty where they cannot be read. */
    Optional<Sample> sample() {
        try {
            long[] machine = machineTicks();
            Set<ProcessHandle> ours = new HashSet<>();
            ours.add(ProcessHandle.current());
            for (ProcessHandle fork : forks) {
                ours.add(fork);
                fork.descendants().forEach(ours::add);
            }
            long mine = ours.stream().mapToLong(OtherLoad::processTicks).sum();
            return Optional.of(new Sample(machine[0], machine[1], mine));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether others took more than {@link #DISTURBED_SHARE} of the machine between two samples. */
    static boolean disturbed(Optional<Sample> before, Optional<Sample> after) {
        return before.isPresent() && after.isPresent() && othersShare(before.get(), after.get()) > DISTURBED_SHARE;
    }

    /** The share of all CPU time between two samples that went to processes not ours. */
    static double othersShare(Sample before, Sample after) {
        long total = after.totalTicks() - before.totalTicks();
        if (total <= 0) {
            return 0;
        }
        long others = (after.busyTicks() - before.busyTicks()) - (after.ourTicks() - before.ourTicks());
        return Math.max(0, others) / (double) total;
    }

    /** {busy, total} ticks of all CPUs, from the first line of {@code /proc/stat}. */
    private static long[] machineTicks() throws IOException {
        String line;
        try (Stream<String> lines = Files.lines(MACHINE_STAT)) {
            line = lines.findFirst().orElseThrow(() -> new IOException("empty " + MACHINE_STAT));
        }
        return parseMachineLine(line);
    }

    /**
     * Parses "cpu user nice system idle iowait irq softirq steal ...": idle and iowait are not
     * busy; guest time is already inside user time, so the columns after steal are left out.
     */
    static long[] parseMachineLine(String line) {
        String[] fields = line.trim().split("\\s+");
        if (!fields[0].equals("cpu") || fields.length < 9) {
            throw new IllegalArgumentException("not the machine line of /proc/stat: " + line);
        }
        long busy = 0;
        long total = 0;
        for (int column = 1; column <= 8; column++) {
            long ticks = Long.parseLong(fields[column]);
            total += ticks;
            if (column != 4 && column != 5) {
                busy += ticks;
            }
        }
        return new long[] {busy, total};
    }

    /** User and system ticks of one process; 0 once it has ended. */
    private static long processTicks(ProcessHandle process) {
        try {
            return parseProcessLine(Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat")));
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Parses {@code /proc/PID/stat}: utime and stime are its 14th and 15th fields, counted after
     * the command name in parentheses (which may itself hold spaces and parentheses).
     */
    static long parseProcessLine(String line) {
        String[] after = line.substring(line.lastIndexOf(')') + 2).trim().split("\\s+");
        // after[0] is field 3 (the state), so field 14 is after[11].
        return Long.parseLong(after[11]) + Long.parseLong(after[12]);
    }

    /** Cumulative ticks: the machine's busy and total, and our processes' own. */
    record Sample(long busyTicks, long totalTicks, long ourTicks) {
    }
}
