package dev.precis.ingest;

import dev.precis.extract.InternalAllowList;
import dev.precis.pipeline.Precis;
import dev.precis.store.Library;
import dev.precis.store.LibraryConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Child process of {@link KillDuringPollIT}: reads the library's subscriptions once, to be killed midway. */
public final class CrashPollMain {

    private CrashPollMain() {
    }

    public static void main(String[] args) throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(Path.of(args[0])));
             FeedPoller poller = FeedPoller.builder(Ingester.builder(lib, Precis.builder().build()).threads(1).build())
                     .hostGap(Duration.ZERO).unsafeAllowInternalAddresses(InternalAllowList.parse(List.of("127.0.0.1"))).build()) {
            PollReport r = poller.pollNow();
            System.out.println("DONE added=" + r.added());
        }
    }
}
