package org.junto.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Who follows whom, by account index. Three layers, so that every scenario finds the shape it needs:
 * <ul>
 *   <li>a power-law graph: each ordinary account follows a heavy-tailed number of others (mean {@code meanFollowing}),
 *       chosen with Zipf weights, so a few accounts collect most followers as on a real server;
 *   <li>{@code bigAccounts} celebrities followed by {@code bigFollowers} accounts each (capped by the population);
 *   <li>{@code fanoutAuthors} authors followed by exactly {@code fanoutFollowers} accounts each (post-fanout).
 * </ul>
 * Accounts {@code [0, bigAccounts)} are the celebrities, the last {@code fanoutAuthors} are the fixed-fan-out authors;
 * neither is a target of the power-law layer, so their follower counts are exact.
 */
final class SocialGraph {
    final int size;
    final int[][] followers;
    final int[][] following;

    private SocialGraph(int size, int[][] followers, int[][] following) {
        this.size = size;
        this.followers = followers;
        this.following = following;
    }

    record Shape(
            int accounts,
            int meanFollowing,
            int bigAccounts,
            int bigFollowers,
            int fanoutAuthors,
            int fanoutFollowers) {}

    static SocialGraph generate(Shape shape, SplittableRandom random) {
        int n = shape.accounts();
        IntList[] followersOf = new IntList[n];
        Arrays.setAll(followersOf, i -> new IntList());
        int ordinaryStart = Math.min(shape.bigAccounts(), n);
        int ordinaryEnd = Math.max(ordinaryStart, n - shape.fanoutAuthors());
        int ordinary = ordinaryEnd - ordinaryStart;
        for (int celebrity = 0; celebrity < ordinaryStart; celebrity++) {
            for (int follower : sample(n, celebrity, shape.bigFollowers(), random)) {
                followersOf[celebrity].add(follower);
            }
        }
        for (int author = ordinaryEnd; author < n; author++) {
            for (int follower : sample(n, author, shape.fanoutFollowers(), random)) {
                followersOf[author].add(follower);
            }
        }
        if (ordinary > 1 && shape.meanFollowing() > 0) {
            Zipf popularity = new Zipf(ordinary, 1.0);
            int[] rank = IntStream.range(0, ordinary).toArray();
            shuffle(rank, random);
            for (int follower = 0; follower < n; follower++) {
                int wanted = Math.min(ordinary - 1, heavyTailed(shape.meanFollowing(), random));
                IntList chosen = new IntList();
                for (int tries = 0; chosen.size < wanted && tries < wanted * 4; tries++) {
                    int target = ordinaryStart + rank[popularity.next(random)];
                    if (target != follower && !chosen.contains(target)) {
                        chosen.add(target);
                        followersOf[target].add(follower);
                    }
                }
            }
        }
        int[][] followers = new int[n][];
        IntList[] followingOf = new IntList[n];
        Arrays.setAll(followingOf, i -> new IntList());
        for (int target = 0; target < n; target++) {
            followers[target] = followersOf[target].sortedDistinct();
            for (int follower : followers[target]) {
                followingOf[follower].add(target);
            }
        }
        int[][] following = new int[n][];
        Arrays.setAll(following, i -> followingOf[i].sortedDistinct());
        return new SocialGraph(n, followers, following);
    }

    boolean follows(int follower, int target) {
        return Arrays.binarySearch(following[follower], target) >= 0;
    }

    long edges() {
        long total = 0;
        for (int[] f : followers) {
            total += f.length;
        }
        return total;
    }

    /** {@code count} distinct accounts other than {@code except}, uniformly. */
    private static int[] sample(int n, int except, int count, SplittableRandom random) {
        int others = n - 1;
        if (count >= others) {
            return IntStream.range(0, n).filter(i -> i != except).toArray();
        }
        java.util.BitSet taken = new java.util.BitSet(n);
        int[] out = new int[count];
        int filled = 0;
        while (filled < count) {
            int candidate = random.nextInt(n);
            if (candidate != except && !taken.get(candidate)) {
                taken.set(candidate);
                out[filled++] = candidate;
            }
        }
        return out;
    }

    /** A log-normal-like count with the given mean: most follow a few, some follow hundreds. */
    private static int heavyTailed(int mean, SplittableRandom random) {
        double sigma = 1.0;
        double mu = Math.log(mean) - sigma * sigma / 2;
        double gaussian =
                Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
        return Math.max(1, (int) Math.round(Math.exp(mu + sigma * gaussian)));
    }

    private static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Zipf-distributed ranks in {@code [0, n)} by inverse transform over the cumulative weights. */
    static final class Zipf {
        private final double[] cumulative;

        Zipf(int n, double exponent) {
            cumulative = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1 / Math.pow(i + 1, exponent);
                cumulative[i] = sum;
            }
        }

        int next(SplittableRandom random) {
            double x = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = Arrays.binarySearch(cumulative, x);
            return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
        }
    }

    /** A growable int array: the graph of a million edges stays a few megabytes. */
    static final class IntList {
        private int[] values = new int[4];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        boolean contains(int v) {
            for (int i = 0; i < size; i++) {
                if (values[i] == v) {
                    return true;
                }
            }
            return false;
        }

        int[] sortedDistinct() {
            return Arrays.stream(values, 0, size).sorted().distinct().toArray();
        }
    }
}
