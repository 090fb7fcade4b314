package dev.precis.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The check every command makes on a file (or folder) it is given to read: it exists and is of that kind. */
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

    /** As {@link #require}, for a folder to read: a file given for it is said to be a file, not "no such folder". */
    static Path requireFolder(Path folder) {
        if (Files.isRegularFile(folder)) {
            throw new UserInputException(folder + ": is a file, not a folder");
        }
        if (!Files.isDirectory(folder)) {
            throw new UserInputException(folder + ": no such folder");
        }
        return folder;
    }

    /**
     * The one-line problem of a file that failed to read: a byte UTF-8 does not allow is "not UTF-8 text" (the
     * JDK's words, "Input length = 1", name neither), and the file is named once.
     */
    static String problem(Path file, IOException e) {
        String why = e instanceof CharacterCodingException ? "not UTF-8 text" : String.valueOf(e.getMessage());
        return why.startsWith(file.toString()) ? why : file + ": " + why;
    }
}
