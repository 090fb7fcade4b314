package dev.precis.lab.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProcMemoryTest {

    private static final String STATUS = """
            Name:\tjava
            VmPeak:\t 4100000 kB
            VmHWM:\t  612340 kB
            VmRSS:\t  598016 kB
            Threads:\t42
            """;

    @Test
    void readsKilobyteLines() {
        assertThat(ProcMemory.kilobytes(STATUS, "VmRSS")).isEqualTo(OptionalLong.of(598016));
        assertThat(ProcMemory.kilobytes(STATUS, "VmHWM")).isEqualTo(OptionalLong.of(612340));
        assertThat(ProcMemory.kilobytes(STATUS, "VmSwap")).isEmpty();
        assertThat(ProcMemory.kilobytes("VmRSS:\tlots kB", "VmRSS")).isEmpty();
    }

    @Test
    void readsThisProcess() throws IOException {
        assumeTrue(Files.exists(Path.of("/proc/self/status")), "needs Linux /proc");
        ProcMemory.Reading r = ProcMemory.read(ProcessHandle.current().pid());
        assertThat(r.rssKb()).isPositive();
        assertThat(r.hwmKb()).isGreaterThanOrEqualTo(r.rssKb());
    }

    @Test
    void aMissingProcessIsAnIoError() {
        assertThatThrownBy(() -> ProcMemory.read(Long.MAX_VALUE)).isInstanceOf(IOException.class).hasMessageContaining("no such process");
    }
}
