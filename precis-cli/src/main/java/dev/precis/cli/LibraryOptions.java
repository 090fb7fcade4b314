package dev.precis.cli;

import dev.precis.encoder.MeaningVectors;
import dev.precis.store.Library;
import dev.precis.store.LibraryConfig;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --data DIR} and {@code --db URL}: which library a command works on (commands that add articles
 * also take {@link MeaningOptions}). Defaults come from the
 * environment ({@code PRECIS_DATA}, {@code PRECIS_DB}); the database password only from
 * {@code PRECIS_DB_PASSWORD}, so it never shows in the process list or the shell history.
 */
final class LibraryOptions {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Library directory (default: $PRECIS_DATA, else ~/.precis).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Use PostgreSQL instead of the embedded database, e.g. jdbc:postgresql://host/db?user=precis"
                    + " (default: $PRECIS_DB). The password is read from $PRECIS_DB_PASSWORD; do not put it in the URL.")
    String db;

    /** The environment (replaced in tests). */
    java.util.function.UnaryOperator<String> environment = System::getenv;

    /** The {@code --data} option as the user gave it, for commands a message suggests ("" when not given). */
    String dataOption() {
        return data == null ? "" : " --data " + data;
    }

    LibraryConfig config() {
        Path dir = data != null ? data : env("PRECIS_DATA") != null ? Path.of(env("PRECIS_DATA"))
                : Path.of(System.getProperty("user.home"), ".precis");
        String url = db != null ? db : env("PRECIS_DB");
        try {
            return new LibraryConfig(dir, url, env("PRECIS_DB_PASSWORD"));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    /** Opens the library, creating it if needed, without a sentence encoder (it adds no articles). */
    Library open() throws IOException {
        return open(config());
    }

    /** Opens the library, creating it if needed, with the encoder new articles' meaning vectors come from. */
    Library open(MeaningOptions meaning) throws IOException {
        MeaningVectors vectors = meaning.vectors();
        return withMeaning(open(config()), vectors);
    }

    /**
     * Opens a library that must already exist (commands that only read): a mistyped {@code --data} is an
     * error naming the directory, not a new empty library that answers "0 articles".
     */
    Library openExisting() throws IOException {
        return open(existing());
    }

    /** {@link #openExisting()} for commands that add articles to an existing library (feeds poll, watch). */
    Library openExisting(MeaningOptions meaning) throws IOException {
        MeaningVectors vectors = meaning.vectors();
        return withMeaning(open(existing()), vectors);
    }

    private LibraryConfig existing() {
        LibraryConfig config = config();
        if (config.jdbcUrl() == null && Files.exists(config.dataDir()) && !Files.isDirectory(config.dataDir())) {
            throw new UserInputException(notAFolder(config.dataDir()));
        }
        if (config.jdbcUrl() == null && !Files.isRegularFile(config.dataDir().resolve("library.mv.db"))) {
            throw new UserInputException("no library in " + config.dataDir()
                    + (Files.isDirectory(config.dataDir()) ? "" : " (no such directory)")
                    + "; add articles with 'precis ingest --data " + config.dataDir() + " ...' or set --data/PRECIS_DATA");
        }
        return config;
    }

    private static Library withMeaning(Library lib, MeaningVectors meaning) {
        if (meaning != null) {
            lib.meaningWith(meaning, meaning.length());
        }
        return lib;
    }

    private static Library open(LibraryConfig config) throws IOException {
        LogDefaults.set("org.slf4j.simpleLogger.log.org.flywaydb", "error");
        try {
            return Library.open(config);
        } catch (IOException e) {
            if (config.jdbcUrl() == null && String.valueOf(e.getMessage()).contains("The file is locked")) {
                // H2's own words name the JDBC URL and its settings; say what holds the file and what to do
                throw new UserInputException("the library in " + config.dataDir() + " is open in another precis process"
                        + " (a running 'precis serve' or 'precis watch'?): stop it, or add articles through its REST API", e);
            }
            if (config.jdbcUrl() == null && e instanceof FileSystemException fs) {
                throw new UserInputException(folderProblem(config.dataDir(), fs), e);
            }
            throw new UserInputException(e.getMessage(), e);
        }
    }

    /**
     * The library folder could not be made or opened: the NIO exception's message is often the bare path
     * ("precis: /proc/lib"), so say which folder and what is wrong with it.
     */
    static String folderProblem(Path dir, FileSystemException e) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return notAFolder(dir);
        }
        String why = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileAlreadyExistsException ? "a file stands where a folder is needed"
                : e instanceof NoSuchFileException ? "a folder on its path cannot be made"
                : e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
        String where = e.getFile() == null || Path.of(e.getFile()).toAbsolutePath().equals(dir.toAbsolutePath())
                ? "" : " (" + e.getFile() + ")";
        return "cannot create or open the library in " + dir + ": " + why + where;
    }

    private static String notAFolder(Path dir) {
        return "--data " + dir + ": is a file, not a library folder";
    }

    private String env(String name) {
        String v = environment.apply(name);
        return v == null || v.isBlank() ? null : v;
    }
}
