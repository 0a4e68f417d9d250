package org.clusterdev.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Future;
import java.util.concurrent.RecursiveAction;
import java.util.function.Supplier;

/**
 * The threads the engine may use, and the two ways it uses them: a loop over an index range split into chunks,
 * and a list of independent tasks. Results never depend on the number of threads: callers write disjoint parts
 * of their output from each chunk.
 *
 * <p>One thread runs everything on the calling thread. Close an instance made with {@link #threads(int)} when
 * done; it owns its pool.
 */
public final class Parallelism implements AutoCloseable {

    /** Work on a half-open index range {@code [from, to)}. */
    @FunctionalInterface
    public interface RangeBody {
        /** Processes indexes {@code from} (inclusive) to {@code to} (exclusive). */
        void run(int from, int to);
    }

    private static final int CHUNKS_PER_THREAD = 16;

    private final int threads;
    private final ForkJoinPool pool;

    private Parallelism(int threads) {
        this.threads = threads;
        this.pool = threads == 1 ? null : new ForkJoinPool(threads);
    }

    /**
     * A pool of the given number of threads.
     *
     * @throws IllegalArgumentException when {@code threads} is below 1
     */
    public static Parallelism threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: at least 1, was " + threads);
        }
        return new Parallelism(threads);
    }

    /** A pool with one thread per available processor. */
    public static Parallelism allProcessors() {
        return threads(Runtime.getRuntime().availableProcessors());
    }

    /** The number of threads. */
    public int threads() {
        return threads;
    }

    /**
     * Runs {@code body} over {@code [0, size)} in chunks of at least {@code grain} indexes, in parallel, and
     * returns when all chunks are done. Chunks are disjoint and cover the range exactly once.
     */
    public void forEachChunk(int size, int grain, RangeBody body) {
        if (size <= 0) {
            return;
        }
        long wanted = Math.min((long) threads * CHUNKS_PER_THREAD, (size + (long) grain - 1) / Math.max(1, grain));
        int chunks = threads == 1 ? 1 : (int) Math.max(1, wanted);
        if (chunks == 1) {
            body.run(0, size);
            return;
        }
        run(new Chunks(body, size, chunks, 0, chunks));
    }

    /**
     * Runs the tasks, in parallel where possible, and returns their results in the order of the tasks.
     * A task's exception is rethrown here.
     */
    public <T> List<T> all(List<Supplier<T>> tasks) {
        List<T> results = new ArrayList<>(tasks.size());
        if (threads == 1 || tasks.size() < 2) {
            tasks.forEach(task -> results.add(task.get()));
            return results;
        }
        List<ForkJoinTask<T>> forks = new ArrayList<>(tasks.size());
        for (Supplier<T> task : tasks) {
            forks.add(ForkJoinTask.adapt(task::get));
        }
        run(new RecursiveAction() {
            @Override
            protected void compute() {
                ForkJoinTask.invokeAll(forks);
            }
        });
        forks.forEach(fork -> results.add(fork.join()));
        return results;
    }

    /**
     * Starts a task and returns at once (with one thread: runs it first); the future gives its result or
     * rethrows its exception.
     */
    public <T> Future<T> submit(Supplier<T> task) {
        if (pool == null) {
            CompletableFuture<T> done = new CompletableFuture<>();
            try {
                done.complete(task.get());
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
            return done;
        }
        return pool.submit(task::get);
    }

    private void run(ForkJoinTask<?> task) {
        if (ForkJoinTask.inForkJoinPool() && ForkJoinTask.getPool() == pool) {
            task.invoke();
        } else {
            pool.invoke(task);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }

    private static final class Chunks extends RecursiveAction {
        private final RangeBody body;
        private final int size;
        private final int chunks;
        private final int first;
        private final int last;

        Chunks(RangeBody body, int size, int chunks, int first, int last) {
            this.body = body;
            this.size = size;
            this.chunks = chunks;
            this.first = first;
            this.last = last;
        }

        @Override
        protected void compute() {
            if (last - first == 1) {
                int from = (int) ((long) size * first / chunks);
                int to = (int) ((long) size * last / chunks);
                body.run(from, to);
                return;
            }
            int middle = (first + last) >>> 1;
            invokeAll(new Chunks(body, size, chunks, first, middle), new Chunks(body, size, chunks, middle, last));
        }
    }
}
