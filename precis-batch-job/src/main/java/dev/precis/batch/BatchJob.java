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
 * no article). The job fails only when Spark does; a bad input is a line in the failure report.
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
        // says why not binaryFiles); each task opens its files through the broadcast Hadoop configuration
        List<List<InputFiles.File>> groups = InputFiles.spread(InputFiles.list(options.inputs(), sc.hadoopConfiguration()), partitions);
        Broadcast<SerializableConfiguration> conf = sc.broadcast(new SerializableConfiguration(sc.hadoopConfiguration()));
        JavaRDD<Doc> docs = sc.parallelize(groups, Math.max(1, groups.size())).flatMap(group -> read(group, conf.value().value()));
        JavaRDD<Outcome> outcomes = docs.repartition(partitions).mapPartitions(partition -> process(partition, withMeaning))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            JavaRDD<Outcome> articles = outcomes.filter(Outcome::ok);
            // used by the join and by the count: computed once
            JavaPairRDD<String, String> duplicateOf = NearDuplicateStep.duplicateOf(articles).persist(StorageLevel.MEMORY_AND_DISK());
            JavaRDD<String> lines = articles.mapToPair(o -> new Tuple2<>(o.origin(), o.json()))
                    .leftOuterJoin(duplicateOf).map(BatchJob::withDuplicate).persist(StorageLevel.MEMORY_AND_DISK_SER());
            Dataset<String> json = spark.createDataset(lines.rdd(), Encoders.STRING());
            json.write().mode(SaveMode.ErrorIfExists).text(options.output() + "/json");
            spark.read().schema(ArticleSchema.ARTICLE).json(json).write().mode(SaveMode.ErrorIfExists)
                    .parquet(options.output() + "/parquet");
            lines.unpersist();
            JavaRDD<String> failed = outcomes.filter(o -> !o.ok()).map(BatchJob::failureLine);
            spark.createDataset(failed.coalesce(1).rdd(), Encoders.STRING()).write().mode(SaveMode.ErrorIfExists)
                    .text(options.output() + "/failures");
            Result result = new Result(articles.count(), duplicateOf.count(), outcomes.filter(o -> !o.ok()).count());
            duplicateOf.unpersist();
            return result;
        } finally {
            outcomes.unpersist();
        }
    }

    /** The documents of a group of files, file after file, each opened only when the previous one is read. */
    private static Iterator<Doc> read(List<InputFiles.File> files, Configuration conf) {
        Iterator<InputFiles.File> next = files.iterator();
        return new Iterator<>() {
            private Iterator<Doc> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && next.hasNext()) {
                    String file = next.next().path();
                    current = InputReader.read(file, () -> {
                        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file);
                        return path.getFileSystem(conf).open(path);
                    });
                }
                return current.hasNext();
            }

            @Override
            public Doc next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private static Iterator<Outcome> process(Iterator<Doc> docs, boolean withMeaning) {
        ArticleProcessor processor = PipelineHolder.processor();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return docs.hasNext();
            }

            @Override
            public Outcome next() {
                return processor.process(docs.next(), withMeaning);
            }
        };
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String withDuplicate(Tuple2<String, Tuple2<String, Optional<String>>> row) throws IOException {
        Optional<String> dup = row._2()._2();
        if (!dup.isPresent()) {
            return row._2()._1();
        }
        ObjectNode node = (ObjectNode) JSON.readTree(row._2()._1());
        node.put("duplicateOf", dup.get());
        return JSON.writeValueAsString(node);
    }

    private static String failureLine(Outcome o) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        node.put("origin", o.origin());
        node.put("id", o.id());
        node.put("reason", o.failure());
        return JSON.writeValueAsString(node);
    }
}
