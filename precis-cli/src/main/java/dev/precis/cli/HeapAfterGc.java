package dev.precis.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The heap in use right after garbage collections, for the soak benchmark: the lowest figure since the
 * last {@link #takeLowest()}. After a young collection it still counts old-generation garbage, so it is an
 * upper bound of the live data, and its lowest value over a batch follows the live set without forcing a
 * full collection (which would change what is measured).
 */
final class HeapAfterGc {

    private final AtomicLong lowest = new AtomicLong(Long.MAX_VALUE);

    private HeapAfterGc() {
    }

    static HeapAfterGc listen() {
        HeapAfterGc h = new HeapAfterGc();
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                        long used = 0;
                        for (Map.Entry<String, MemoryUsage> u : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                            used += heapPools.contains(u.getKey()) ? u.getValue().getUsed() : 0;
                        }
                        h.lowest.accumulateAndGet(used, Math::min);
                    }
                }, null, null);
            }
        }
        return h;
    }

    /** The lowest heap in use after a collection since the last call (0 when none ran), and starts again. */
    long takeLowest() {
        long v = lowest.getAndSet(Long.MAX_VALUE);
        return v == Long.MAX_VALUE ? 0 : v;
    }
}
