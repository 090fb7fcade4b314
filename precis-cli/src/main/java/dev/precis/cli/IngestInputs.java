package dev.precis.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code precis ingest}'s INPUTs, checked before the library is created or opened: a mistyped path is one line
 * naming it, and leaves no new empty library (nor a migrated database) behind. What an input holds is read later;
 * this only asks that a path be there. Stateless.
 */
final class IngestInputs {

    private IngestInputs() {
    }

    /**
     * Fails naming every path that is not there (an http(s) URL and "-", standard input, are read later).
     *
     * @param analyzed the inputs are precis-batch output: files or folders only
     */
    static void check(List<String> inputs, boolean analyzed) {
        String what = analyzed ? "file or folder" : "file, folder or URL";
        List<String> missing = inputs.stream().filter(i -> !there(i, analyzed)).toList();
        if (analyzed) {
            missing.stream().filter(IngestInputs::url).findFirst().ifPresent(u -> {
                throw new UserInputException(u + ": --analyzed reads precis-batch output files and folders, not URLs");
            });
        }
        if (missing.size() == 1) {
            throw new UserInputException(missing.get(0) + ": no such " + what);
        }
        if (!missing.isEmpty()) {
            throw new UserInputException("no such " + what + ": " + String.join(", ", missing));
        }
    }

    /**
     * The INPUTs to read: an input that holds nothing ({@link EmptyInputs}: an empty file, an empty folder) is left
     * out with one warning line on {@code err}, since the others are still worth ingesting; when every input
     * holds nothing, that is the error instead, before a library is made. Call after {@link #check}.
     *
     * @param analyzed the inputs are precis-batch output, whose folders are read whatever their files' names
     */
    static List<String> withContent(List<String> inputs, boolean analyzed, java.io.PrintWriter err) {
        java.util.Map<String, String> empty = new java.util.LinkedHashMap<>();
        for (String input : inputs) {
            if (!url(input) && !input.equals("-")) {
                String why = EmptyInputs.why(Path.of(input), analyzed);
                if (why != null) {
                    empty.put(input, why);
                }
            }
        }
        if (empty.size() == inputs.size()) {
            if (empty.size() == 1) {
                throw new UserInputException(EmptyInputs.problem(inputs.get(0), empty.get(inputs.get(0))));
            }
            // each input with its own reason: "empty" would mislead when one is binary data or a picture
            throw new UserInputException("nothing to ingest: every input holds no articles: " + String.join(", ",
                    inputs.stream().map(i -> i + " (" + empty.get(i) + ")").toList()));
        }
        empty.forEach((input, why) -> err.println("precis: " + EmptyInputs.problem(input, why) + ", skipped"));
        err.flush();
        return inputs.stream().filter(i -> !empty.containsKey(i)).toList();
    }

    private static boolean there(String input, boolean analyzed) {
        if (!analyzed && (url(input) || input.equals("-"))) {
            return true;
        }
        try {
            return Files.exists(Path.of(input));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private static boolean url(String input) {
        return input.startsWith("http://") || input.startsWith("https://");
    }
}
