package dev.precis.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The library holds what its owner read and wrote, so its directories and database file are created for
 * the owner only (0700 and 0600) where the file system has POSIX permissions; elsewhere the platform's
 * defaults apply. A directory that already exists is left as its owner set it. Stateless.
 */
final class PrivateFiles {

    private PrivateFiles() {
    }

    /** Creates {@code dir} (and missing parents) readable by the owner only; nothing if it exists. */
    static void createDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (posix(dir.toAbsolutePath().getRoot())) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    /** Makes an existing file readable and writable by the owner only. */
    static void restrict(Path file) throws IOException {
        if (Files.isRegularFile(file) && posix(file)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static boolean posix(Path p) {
        return p != null && Files.getFileAttributeView(p, PosixFileAttributeView.class) != null;
    }
}
