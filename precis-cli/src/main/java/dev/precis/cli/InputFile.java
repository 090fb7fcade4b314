package dev.precis.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The check every command makes on a file it is given to read: it exists and is a file, not a folder. */
final class InputFile {

    private InputFile() {
    }

    /**
     * Returns {@code file} when it is a readable regular file; otherwise fails with one line naming it and
     * saying whether it is missing or a folder ("no such file" for an existing folder misled users).
     */
    static Path require(Path file) {
        if (Files.isDirectory(file)) {
            throw new UserInputException(file + ": is a folder, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(file + ": no such file");
        }
        return file;
    }
}
