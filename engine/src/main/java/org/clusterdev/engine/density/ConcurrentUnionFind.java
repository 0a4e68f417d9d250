package org.clusterdev.engine.density;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A lock-free union-find over cell indexes. A union always hangs the larger root under the smaller one, so the
 * root of every set is its smallest element, whatever order threads perform the unions in: the partition and its
 * representatives are deterministic.
 */
final class ConcurrentUnionFind {

    private static final VarHandle PARENT = MethodHandles.arrayElementVarHandle(int[].class);

    private final int[] parent;

    ConcurrentUnionFind(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    /** The root of {@code x}'s set: its smallest element once all unions are done. */
    int find(int x) {
        while (true) {
            int p = (int) PARENT.getVolatile(parent, x);
            if (p == x) {
                return x;
            }
            int grand = (int) PARENT.getVolatile(parent, p);
            if (grand != p) {
                // path halving; any ancestor is a valid parent, so a lost race is harmless
                PARENT.compareAndSet(parent, x, p, grand);
            }
            x = grand;
        }
    }

    boolean same(int a, int b) {
        return find(a) == find(b);
    }

    void union(int a, int b) {
        while (true) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return;
            }
            int high = Math.max(ra, rb);
            int low = Math.min(ra, rb);
            if (PARENT.compareAndSet(parent, high, high, low)) {
                return;
            }
        }
    }
}
