package dev.precis.model;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value read on the first {@link #get()} and handed to every later caller: the JVM's one copy of a
 * model that is immutable once read (a language model, name models, a gazetteer), since a second copy
 * would only cost heap. A read that fails is not remembered: the next call reads again (and fails with
 * the same clear message). Thread-safe; concurrent first callers wait for one read.
 *
 * <pre>{@code
 * private static final OncePerJvm<Gazetteer> SHIPPED = new OncePerJvm<>(Gazetteer::read);
 * public static Gazetteer load() { return SHIPPED.get(); }
 * }</pre>
 */
public final class OncePerJvm<T> {

    private final Supplier<T> read;
    private volatile T value;

    public OncePerJvm(Supplier<T> read) {
        this.read = Objects.requireNonNull(read);
    }

    /** The value, read now when no earlier call has read it. */
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(read.get(), "the read gave no value");
                    value = v;
                }
            }
        }
        return v;
    }
}
