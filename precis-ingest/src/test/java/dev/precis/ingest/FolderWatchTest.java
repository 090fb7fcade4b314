package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder watcher's looks: a file is taken once it stands still, again when it changes, never while hidden. */
class FolderWatchTest {

    @TempDir
    Path dir;

    private final List<List<String>> taken = new ArrayList<>();

    private FolderWatch watch() {
        return new FolderWatch(dir, files -> {
            taken.add(List.copyOf(files));
            return new IngestReport(files.size(), files.size(), 0, 0, 0, List.of(), Duration.ZERO);
        });
    }

    @Test
    void aNewFileIsTakenAtTheSecondLookThatSeesItUnchangedAndOnlyOnce() throws Exception {
        FolderWatch w = watch();
        Path note = Files.writeString(dir.resolve("ferry.txt"), "Ferry returns\n\nThe island ferry sailed again on Monday.");
        assertThat(w.look()).isNull(); // first seen: it may still be being written
        IngestReport r = w.look();
        assertThat(r).isNotNull();
        assertThat(r.added()).isEqualTo(1);
        assertThat(taken).containsExactly(List.of(note.toString()));
        assertThat(w.look()).isNull();
        assertThat(taken).hasSize(1);
    }

    @Test
    void aFileStillGrowingWaitsAndAChangedFileIsTakenAgain() throws Exception {
        FolderWatch w = watch();
        Path note = Files.writeString(dir.resolve("pier.txt"), "Pier to be rebuilt");
        w.look();
        Files.writeString(note, "Pier to be rebuilt\n\nThe harbour council voted to rebuild the old stone pier.");
        assertThat(w.look()).as("changed since the last look").isNull();
        assertThat(w.look()).isNotNull();
        Files.writeString(note, "Pier to be rebuilt\n\nThe harbour council voted on Tuesday to rebuild the old stone pier.");
        Files.setLastModifiedTime(note, FileTime.fromMillis(Files.getLastModifiedTime(note).toMillis() + 5_000));
        w.look();
        assertThat(w.look()).isNotNull();
        assertThat(taken).containsExactly(List.of(note.toString()), List.of(note.toString()));
    }

    @Test
    void hiddenFilesAndFoldersArePassedOverAndSubfoldersAreRead() throws Exception {
        FolderWatch w = watch();
        Files.writeString(dir.resolve(".draft.txt.swp"), "half an edit");
        Files.createDirectories(dir.resolve(".cache"));
        Files.writeString(dir.resolve(".cache/old.txt"), "cached");
        Path inner = Files.createDirectories(dir.resolve("wire"));
        Path story = Files.writeString(inner.resolve("choir.txt"), "Choir wins\n\nThe youth choir won the regional prize on Sunday.");
        w.look();
        w.look();
        assertThat(taken).containsExactly(List.of(story.toString()));
    }

    @Test
    void aMissingFolderIsRefusedNamingIt() {
        Path missing = dir.resolve("no-such-folder");
        assertThatThrownBy(() -> new FolderWatch(missing, files -> null)).hasMessage(missing + ": no such folder");
    }
}
