package org.junto.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What many connections share of one event is computed once, by whichever asks first, while the others wait. */
class DeliveryTest {

    @Test
    void aSharedValueIsComputedOnceForAllConcurrentCallers() throws Exception {
        Delivery delivery = Delivery.to(List.of(1L, 2L));
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Object> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                seen.add(delivery.once("payload", () -> {
                    computed.incrementAndGet();
                    sleep();
                    return new Object();
                }));
            }));
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(computed).hasValue(1);
        assertThat(seen).hasSize(200).allMatch(o -> o == seen.getFirst());
        assertThat(delivery.once("other", () -> "else")).isEqualTo("else");
        assertThat(delivery.viewers()).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void aFailureReachesEveryCaller() {
        Delivery delivery = Delivery.unlisted();
        assertThatThrownBy(() -> delivery.once("x", () -> {
                    throw new IllegalStateException("gone");
                }))
                .hasMessage("gone");
        assertThatThrownBy(() -> delivery.once("x", () -> "never")).hasMessage("gone");
    }

    @Test
    void theSharedPartIsNotPartOfAnEventsIdentity() {
        Stream user = Stream.of("user");
        assertThat(new StreamEvent(user, "update", 5, Delivery.to(List.of(1L))))
                .isEqualTo(new StreamEvent(user, "update", 5));
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
