package dev.precis.cli;

/**
 * Whether the development tools of precis-lab (the Readability4J baseline, the HTTP load generator
 * and its corpus) are on the class path. precis.jar never contains them; the source checkout's
 * {@code ./precis} launcher adds {@code precis-lab/target/precis-lab.jar}, a release has none.
 * Thread-safe (the answer is computed once).
 */
final class Lab {

    private static final boolean PRESENT = find();

    private Lab() {
    }

    /** True when precis-lab's classes can be loaded. */
    static boolean present() {
        return PRESENT;
    }

    /**
     * Fails with a one-line message when precis-lab is missing.
     *
     * @param command what needs it, e.g. "bench http"
     */
    static void require(String command) {
        if (!PRESENT) {
            throw new UserInputException(command + " is a development tool that this build leaves out (precis-lab);"
                    + " run it with ./precis from a source checkout");
        }
    }

    private static boolean find() {
        try {
            Class.forName("dev.precis.lab.load.HttpLoadGenerator", false, Lab.class.getClassLoader());
            Class.forName("net.dankito.readability4j.Readability4J", false, Lab.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
