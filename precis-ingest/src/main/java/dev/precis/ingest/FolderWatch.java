package dev.precis.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * {@code precis watch --folder}: looks at a folder now and then (polling, so it works on network and
 * container mounts where change notifications do not arrive) and hands the files that are new or changed
 * since they were last taken to an ingest. A file is taken once it looks the same (size and modification
 * time) at two looks in a row, so a file still being written or copied is not read half-way. Hidden files
 * (a name starting with '.': editors' swap files, partial downloads) are passed over; a removed file is
 * forgotten (its article stays in the library). Not thread-safe: one thread calls {@link #look}.
 */
public final class FolderWatch {

    /** What takes the files of one look in: {@code precis ingest}'s run over the given paths. */
    public interface Intake {
        IngestReport ingest(List<String> files) throws IOException;
    }

    /** A file's size and modification time at a look. */
    private record Stamp(long size, long modified) {
    }

    private final Path folder;
    private final Intake intake;
    /** What each file looked like at the previous look. */
    private Map<Path, Stamp> previous = new HashMap<>();
    /** What each file looked like when it was taken. */
    private final Map<Path, Stamp> taken = new HashMap<>();

    /** @throws IllegalArgumentException naming the folder when it is no folder */
    public FolderWatch(Path folder, Intake intake) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + ": no such folder");
        }
        this.folder = folder;
        this.intake = Objects.requireNonNull(intake);
    }

    /** One look: the files new or changed and unchanged since the previous look are ingested; null when there were none. */
    public IngestReport look() throws IOException {
        Map<Path, Stamp> now = new HashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (!p.equals(folder) && !hidden(p)) {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    if (a.isRegularFile()) {
                        now.put(p, new Stamp(a.size(), a.lastModifiedTime().toMillis()));
                    }
                }
            }
        }
        List<String> ready = new ArrayList<>();
        for (Map.Entry<Path, Stamp> e : now.entrySet()) {
            Stamp s = e.getValue();
            if (s.equals(previous.get(e.getKey())) && !s.equals(taken.get(e.getKey()))) {
                ready.add(e.getKey().toString());
            }
        }
        taken.keySet().retainAll(now.keySet());
        previous = now;
        if (ready.isEmpty()) {
            return null;
        }
        ready.sort(null);
        IngestReport report = intake.ingest(ready);
        // taken even when some failed: a bad file is named once, not at every look, until it changes
        ready.forEach(f -> taken.put(Path.of(f), now.get(Path.of(f))));
        return report;
    }

    /** A name starting with '.' in the path below the folder (a hidden file, or a file in a hidden folder). */
    private boolean hidden(Path p) {
        for (Path part : folder.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
