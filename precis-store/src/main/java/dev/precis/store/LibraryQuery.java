package dev.precis.store;

import java.sql.SQLException;

/** A read of the library's database, run on its connection under its lock ({@link Library#locked}). */
@FunctionalInterface
interface LibraryQuery<T> {
    T run() throws SQLException;
}
