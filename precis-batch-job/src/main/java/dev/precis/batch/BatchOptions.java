package dev.precis.batch;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The job's arguments: {@code --input PATH} (repeatable; a file or folder, local or any Hadoop file
 * system such as {@code s3a://}), {@code --output DIR} (must not exist unless {@code --overwrite}),
 * {@code --partitions N} (document partitions; default 4 per core of the cluster), {@code --no-meaning}
 * (no meaning vectors in the output: a library loading it computes them, or groups stories by words and
 * names alone when it runs with {@code --no-meaning} too). Immutable.
 */
record BatchOptions(List<String> inputs, String output, int partitions, boolean overwrite, boolean meaning)
        implements Serializable {

    static final String USAGE = "usage: precis-batch --input PATH [--input PATH …] --output DIR [--partitions N] [--overwrite] [--no-meaning]";

    /** Parsed arguments; an {@link IllegalArgumentException} with a one-line message when they are wrong. */
    static BatchOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        int partitions = 0;
        boolean overwrite = false;
        boolean meaning = true;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--input" -> inputs.add(value(args, ++i, a));
                case "--output" -> output = value(args, ++i, a);
                case "--partitions" -> {
                    String v = value(args, ++i, a);
                    try {
                        partitions = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        partitions = -1;
                    }
                    if (partitions < 1) {
                        throw new IllegalArgumentException("--partitions: '" + v + "' is not a positive number");
                    }
                }
                case "--overwrite" -> overwrite = true;
                case "--no-meaning" -> meaning = false;
                default -> throw new IllegalArgumentException("unknown argument '" + a + "'; " + USAGE);
            }
        }
        if (inputs.isEmpty() || output == null) {
            throw new IllegalArgumentException("--input and --output are required; " + USAGE);
        }
        return new BatchOptions(List.copyOf(inputs), output, partitions, overwrite, meaning);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs a value; " + USAGE);
        }
        return args[i];
    }
}
