package dev.precis.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import scala.Tuple2;

/**
 * The Precis pipeline over a corpus on Spark: the files under the inputs are read into documents
 * ({@link InputReader}), spread over {@code --partitions} partitions, and each partition runs through
 * its executor's one pipeline ({@link PipelineHolder}): extraction, analysis, summary, fingerprint. A
 * corpus-wide step marks near-duplicates ({@link NearDuplicateStep}). Written: {@code OUT/json/} (one
 * {@code AnalyzedJson} line per article), {@code OUT/parquet/} (the same, typed: {@link ArticleSchema}),
 * {@code OUT/failures/} (one {@code {"origin","id","reason"}} line per input, record or line that gave
 * no article). The lines are in input order: files in path order, then records in their file. The job fails only when Spark does; a bad input is a line in the failure report.
 *
 * <pre>
 * spark-submit --class dev.precis.batch.BatchJob precis-batch.jar --input s3a://bucket/warc/ --output s3a://bucket/out
 * </pre>
 */
public final class BatchJob {

    /** What one run produced. */
    public record Result(long articles, long duplicates, long failures) {
    }

    private BatchJob() {
    }

    public static void main(String[] args) {
        BatchOptions options;
        try {
            options = BatchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("precis-batch: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("precis-batch").getOrCreate();
        int code = 0;
        try {
            long start = System.nanoTime();
            Result r = run(spark, options);
            System.out.printf("precis-batch: %d articles (%d near-duplicates), %d failures in %.1f s → %s%n",
                    r.articles(), r.duplicates(), r.failures(), (System.nanoTime() - start) / 1e9, options.output());
        } catch (IOException | RuntimeException e) {
            System.err.println("precis-batch: " + ArticleProcessor.oneLine(e.getMessage()));
            code = 1;
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /** Runs the job on {@code spark}; throws when the output exists (without --overwrite) or Spark fails. */
    public static Result run(SparkSession spark, BatchOptions options) throws IOException {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(options.output());
        org.apache.hadoop.fs.FileSystem fs = out.getFileSystem(sc.hadoopConfiguration());
        if (fs.exists(out)) {
            if (!options.overwrite()) {
                throw new IOException(options.output() + ": already exists (give --overwrite to replace it)");
            }
            fs.delete(out, true);
        }
        boolean withMeaning = options.meaning();
        int partitions = options.partitions() > 0 ? options.partitions() : 4 * sc.defaultParallelism();

        // the input files listed here and spread over up to `partitions` reading tasks by bytes (InputFiles
        // says why not binaryFiles); each task opens its files through the broadcast Hadoop configuration.
        // Every document is keyed by its place in the input (file in path order, then record in the file),
        // and the lines are written in that order: `precis ingest --analyzed` stores articles in the order
        // it reads them, and ids, copies and stories depend on that order, so a library loaded from the
        // lines is the one a full `precis ingest` of the same folder builds.
        List<List<InputFiles.File>> groups = InputFiles.spread(InputFiles.list(options.inputs(), sc.hadoopConfiguration()), partitions);
        Broadcast<SerializableConfiguration> conf = sc.broadcast(new SerializableConfiguration(sc.hadoopConfiguration()));
        JavaPairRDD<Long, Doc> docs = sc.parallelize(groups, Math.max(1, groups.size())).flatMapToPair(group -> read(group, conf.value().value()));
        JavaPairRDD<Long, Outcome> outcomes = docs.repartition(partitions).mapPartitionsToPair(partition -> process(partition, withMeaning))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            JavaPairRDD<Long, Outcome> ok = outcomes.filter(o -> o._2().ok());
            JavaRDD<Outcome> articles = ok.values();
            // used by the join and by the count: computed once
            JavaPairRDD<String, String> duplicateOf = NearDuplicateStep.duplicateOf(articles).persist(StorageLevel.MEMORY_AND_DISK());
            JavaRDD<String> lines = ok.mapToPair(o -> new Tuple2<>(o._2().origin(), new Tuple2<>(o._1(), o._2().json())))
                    .leftOuterJoin(duplicateOf).mapToPair(BatchJob::withDuplicate).sortByKey(true, partitions).values()
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            Dataset<String> json = spark.createDataset(lines.rdd(), Encoders.STRING());
            json.write().mode(SaveMode.ErrorIfExists).text(options.output() + "/json");
            spark.read().schema(ArticleSchema.ARTICLE).json(json).write().mode(SaveMode.ErrorIfExists)
                    .parquet(options.output() + "/parquet");
            lines.unpersist();
            JavaRDD<String> failed = outcomes.values().filter(o -> !o.ok()).map(BatchJob::failureLine);
            spark.createDataset(failed.coalesce(1).rdd(), Encoders.STRING()).write().mode(SaveMode.ErrorIfExists)
                    .text(options.output() + "/failures");
            Result result = new Result(articles.count(), duplicateOf.count(), outcomes.values().filter(o -> !o.ok()).count());
            duplicateOf.unpersist();
            return result;
        } finally {
            outcomes.unpersist();
        }
    }

    /**
     * The documents of a group of files, file after file, each opened only when the previous one is read,
     * each keyed by its place in the input: the file's place in path order (high 32 bits), then the
     * document's in its file.
     */
    private static Iterator<Tuple2<Long, Doc>> read(List<InputFiles.File> files, Configuration conf) {
        Iterator<InputFiles.File> next = files.iterator();
        return new Iterator<>() {
            private Iterator<Doc> current = Collections.emptyIterator();
            private long file;
            private long record;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && next.hasNext()) {
                    InputFiles.File f = next.next();
                    String path = f.path();
                    file = f.order();
                    record = 0;
                    current = InputReader.read(path, () -> {
                        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
                        return p.getFileSystem(conf).open(p);
                    });
                }
                return current.hasNext();
            }

            @Override
            public Tuple2<Long, Doc> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return new Tuple2<>(file << 32 | record++, current.next());
            }
        };
    }

    private static Iterator<Tuple2<Long, Outcome>> process(Iterator<Tuple2<Long, Doc>> docs, boolean withMeaning) {
        ArticleProcessor processor = PipelineHolder.processor();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return docs.hasNext();
            }

            @Override
            public Tuple2<Long, Outcome> next() {
                Tuple2<Long, Doc> d = docs.next();
                return new Tuple2<>(d._1(), processor.process(d._2(), withMeaning));
            }
        };
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Tuple2<Long, String> withDuplicate(Tuple2<String, Tuple2<Tuple2<Long, String>, Optional<String>>> row) throws IOException {
        Tuple2<Long, String> line = row._2()._1();
        Optional<String> dup = row._2()._2();
        if (!dup.isPresent()) {
            return line;
        }
        ObjectNode node = (ObjectNode) JSON.readTree(line._2());
        node.put("duplicateOf", dup.get());
        return new Tuple2<>(line._1(), JSON.writeValueAsString(node));
    }

    private static String failureLine(Outcome o) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        node.put("origin", o.origin());
        node.put("id", o.id());
        node.put("reason", o.failure());
        return JSON.writeValueAsString(node);
    }
}
