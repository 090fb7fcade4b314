package dev.precis.batch;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The files under the job's inputs, listed on the driver, and their spread over reading tasks.
 *
 * <p>Written by hand instead of Spark's {@code binaryFiles}, which cost a folder of small files more than
 * processing them (measured on the 2,225 BBC texts in local[2]: one reading task of 28 CPU-seconds): its
 * listing builds a {@code LocatedFileStatus} per file, whose permissions Hadoop's local file system reads
 * by running {@code ls -ld} when it has no native library (4,500 processes for 2,225 files); it packs files
 * into splits by bytes, so thousands of small files become one task; and each file's stream deserialises
 * its whole split (every path of it) and the Hadoop configuration again to learn its own path, which is
 * quadratic in the files of a split. Here the listing uses {@code listStatus} (no permissions read), a
 * file's path is a string, and the configuration reaches the tasks once, broadcast.
 *
 * <p>Same selection as Hadoop's {@code FileInputFormat} with recursive listing: each input is a file, a
 * folder (read recursively) or a glob; names starting with {@code _} or {@code .} are skipped (Hadoop's
 * hidden files: {@code _SUCCESS}, {@code .crc}); an input that matches nothing fails the job.
 */
final class InputFiles {

    /**
     * One input file: its fully qualified path (as the documents' origin names it), size, and place in
     * the listing's path order (the order the job's lines are written in).
     */
    record File(String path, long length, int order) implements Serializable {

        File(String path, long length) {
            this(path, length, 0);
        }
    }

    private InputFiles() {
    }

    /**
     * Every file under {@code inputs}, in path order, each with its place in that order; an
     * {@link IOException} naming an input that matches nothing.
     */
    static List<File> list(List<String> inputs, Configuration conf) throws IOException {
        List<File> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String input : inputs) {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(p, InputFiles::visible);
            if (matches == null || matches.length == 0) {
                missing.add(input);
                continue;
            }
            for (FileStatus s : matches) {
                add(fs, s, files);
            }
        }
        if (!missing.isEmpty()) {
            throw new IOException("Input path does not exist: " + String.join(", ", missing));
        }
        files.sort(Comparator.comparing(File::path));
        List<File> ordered = new ArrayList<>(files.size());
        for (File f : files) {
            ordered.add(new File(f.path(), f.length(), ordered.size()));
        }
        return ordered;
    }

    private static void add(FileSystem fs, FileStatus s, List<File> files) throws IOException {
        if (s.isDirectory()) {
            for (FileStatus child : fs.listStatus(s.getPath(), InputFiles::visible)) {
                add(fs, child, files);
            }
        } else {
            files.add(new File(s.getPath().toString(), s.getLen()));
        }
    }

    private static boolean visible(Path p) {
        String name = p.getName();
        return !name.startsWith("_") && !name.startsWith(".");
    }

    /**
     * The files in at most {@code tasks} groups of about equal bytes (each file to the lightest group so
     * far, largest first), no group empty; a group's files in path order.
     */
    static List<List<File>> spread(List<File> files, int tasks) {
        int n = Math.max(1, Math.min(tasks, files.size()));
        List<List<File>> groups = new ArrayList<>(n);
        PriorityQueue<long[]> load = new PriorityQueue<>(Comparator.<long[]>comparingLong(g -> g[0]).thenComparingLong(g -> g[1]));
        for (int i = 0; i < n; i++) {
            groups.add(new ArrayList<>());
            load.add(new long[] {0, i});
        }
        List<File> bySize = new ArrayList<>(files);
        bySize.sort(Comparator.comparingLong(File::length).reversed().thenComparing(File::path));
        for (File f : bySize) {
            long[] lightest = load.poll();
            groups.get((int) lightest[1]).add(f);
            lightest[0] += Math.max(f.length(), 1);
            load.add(lightest);
        }
        groups.forEach(g -> g.sort(Comparator.comparing(File::path)));
        groups.removeIf(List::isEmpty);
        return groups;
    }
}
