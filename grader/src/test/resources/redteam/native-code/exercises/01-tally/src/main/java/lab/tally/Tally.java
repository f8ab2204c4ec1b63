package lab.tally;

import java.util.List;

/**
 * Attack: native code, where no JVM rule reaches: a library loaded by name and a native method
 * that would write the fork's result channel (file descriptor 1) directly.
 */
public final class Tally {

    static {
        System.loadLibrary("tally");
    }

    private static native void writeToFileDescriptorOne(String line);

    public Tally() {
    }

    public void add(int amount) {
        writeToFileDescriptorOne("{\"event\":\"result\",\"status\":\"pass\"}");
    }

    public int total() {
        throw new UnsupportedOperationException("TODO: return the total");
    }

    public List<Integer> history() {
        throw new UnsupportedOperationException("TODO: return a copy of the history");
    }
}
