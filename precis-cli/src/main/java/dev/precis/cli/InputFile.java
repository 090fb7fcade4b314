package dev.precis.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

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
     * The one-line problem of a read of {@code files} (nulls passed over) that failed: a byte UTF-8 does not allow
     * is "FILE: not UTF-8 text", naming the file that holds it (the JDK's words, "Input length = 1", name neither);
     * another failure of one file is its message, the file named once.
     */
    static String problem(IOException e, Path... files) {
        List<Path> given = Arrays.stream(files).filter(Objects::nonNull).toList();
        if (e instanceof CharacterCodingException) {
            for (Path f : given) {
                if (!utf8(f)) {
                    return f + ": not UTF-8 text";
                }
            }
        }
        String why = String.valueOf(e.getMessage());
        return given.size() != 1 || why.startsWith(given.get(0).toString()) ? why : given.get(0) + ": " + why;
    }

    /**
     * {@link #problem} of a read of the files under {@code folder} (at any depth) whose names end in one of
     * {@code endings}: a tool that reads a folder (a TimeML or PolNeAR set) names the file that is not UTF-8, which
     * the JDK's "Input length = 1" does not. The folder is listed only after a failure.
     */
    static String problemIn(IOException e, Path folder, String... endings) {
        if (e instanceof CharacterCodingException) {
            try (Stream<Path> walk = Files.walk(folder)) {
                return problem(e, walk.filter(Files::isRegularFile)
                        .filter(f -> Arrays.stream(endings).anyMatch(f.getFileName().toString()::endsWith)).sorted().toArray(Path[]::new));
            } catch (IOException | UncheckedIOException listing) {
                // unlisted, the failure is said in its own words below
            }
        }
        return String.valueOf(e.getMessage());
    }

    /** False when {@code file} holds a byte sequence UTF-8 does not allow; read to its end, only after a failure. */
    private static boolean utf8(Path file) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new InputStreamReader(Files.newInputStream(file), strict)) {
            char[] buffer = new char[1 << 14];
            while (in.read(buffer) != -1) {
                // read only to decode
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
