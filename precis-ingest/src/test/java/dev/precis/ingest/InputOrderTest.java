package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InputOrderTest {

    @Test
    void writesRunInIndexOrderWhateverOrderTheyArrive() {
        InputOrder order = new InputOrder();
        List<Integer> ran = new ArrayList<>();
        order.submit(2, () -> ran.add(2));
        order.submit(1, () -> ran.add(1));
        assertThat(ran).isEmpty();
        assertThat(order.waiting()).isEqualTo(2);
        order.submit(0, () -> ran.add(0));
        assertThat(ran).containsExactly(0, 1, 2);
        assertThat(order.written()).isEqualTo(3);
        assertThat(order.waiting()).isZero();
    }

    @Test
    void manyThreadsHandingInShuffledIndexesStillWriteEachOnceInOrder() throws Exception {
        int n = 5_000;
        List<Integer> indexes = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        Collections.shuffle(indexes, new Random(7));
        InputOrder order = new InputOrder();
        List<Integer> ran = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int i : indexes) {
                pool.execute(() -> order.submit(i, () -> ran.add(i)));
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(ran).isEqualTo(IntStream.range(0, n).boxed().toList());
        assertThat(order.written()).isEqualTo(n);
    }

    @Test
    void aWriteThatThrowsDoesNotStopTheQueue() {
        InputOrder order = new InputOrder();
        List<Integer> ran = new ArrayList<>();
        order.submit(1, () -> ran.add(1));
        try {
            order.submit(0, () -> {
                throw new IllegalStateException("broken write");
            });
        } catch (IllegalStateException expected) {
            // propagated to the worker that ran it
        }
        assertThat(ran).isEmpty();
        order.submit(2, () -> ran.add(2));
        assertThat(ran).containsExactly(1, 2);
    }
}
