/*
 * Mutant: executors-inside
 * Bug: the pool hands every call to Executors.newFixedThreadPool: it works, but the pool the exercise asks for was never built.
 * Caught by: design
 */
package lab.threadpool;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A fixed thread pool that is really the JDK's, wearing this class's name. */
public class FixedThreadPool extends AbstractExecutorService {

    private final ExecutorService delegate;

    public FixedThreadPool(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a pool needs at least one thread, not " + threads);
        }
        delegate = Executors.newFixedThreadPool(threads);
    }

    @Override
    public void execute(Runnable task) {
        delegate.execute(task);
    }

    @Override
    public void shutdown() {
        delegate.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
        return delegate.shutdownNow();
    }

    @Override
    public boolean isShutdown() {
        return delegate.isShutdown();
    }

    @Override
    public boolean isTerminated() {
        return delegate.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return delegate.awaitTermination(timeout, unit);
    }
}
