package dev.precis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OncePerJvmTest {

    @Test
    void readsOnceAndHandsEveryCallerTheSameValue() {
        AtomicInteger reads = new AtomicInteger();
        OncePerJvm<StringBuilder> once = new OncePerJvm<>(() -> {
            reads.incrementAndGet();
            return new StringBuilder("model");
        });
        StringBuilder first = once.get();
        assertThat(once.get()).isSameAs(first);
        assertThat(reads).hasValue(1);
    }

    @Test
    void concurrentFirstCallersShareOneRead() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        OncePerJvm<Object> once = new OncePerJvm<>(() -> {
            reads.incrementAndGet();
            return new Object();
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> got = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                got.add(pool.submit(() -> {
                    start.await();
                    return once.get();
                }));
            }
            start.countDown();
            for (Future<Object> f : got) {
                assertThat(f.get()).isSameAs(once.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(reads).hasValue(1);
    }

    @Test
    void aFailedReadIsTriedAgainOnTheNextCall() {
        AtomicInteger reads = new AtomicInteger();
        OncePerJvm<String> once = new OncePerJvm<>(() -> {
            if (reads.incrementAndGet() == 1) {
                throw new IllegalStateException("model missing");
            }
            return "model";
        });
        assertThatThrownBy(once::get).hasMessage("model missing");
        assertThat(once.get()).isEqualTo("model");
        assertThat(reads).hasValue(2);
    }
}
