package dev.precis.batch;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The Parquet schema of the job's articles: the fields of {@code AnalyzedJson}, typed. */
final class ArticleSchema {

    private ArticleSchema() {
    }

    static final StructType ARTICLE = new StructType(new StructField[] {
        str("id"), str("title"), str("byline"), strings("authors"), str("published"), str("modified"),
        str("declaredPublished"), str("language"), str("siteName"), str("url"), str("pageType"), str("text"),
        list("entities", new StructType(new StructField[] {num("start"), num("end"), str("text"), str("type"), str("canonical")})),
        list("quotes", new StructType(new StructField[] {num("start"), num("end"), str("content"), str("kind"), str("speaker"),
            num("speakerStart"), num("speakerEnd"), str("cue")})),
        list("times", new StructType(new StructField[] {num("start"), num("end"), str("text"), str("value"), str("granularity")})),
        strings("summary"), str("origin"), str("duplicateOf"), str("meaning"),
        DataTypes.createStructField("spans", new StructType(new StructField[] {
            pairs("paragraphs", DataTypes.IntegerType), pairs("sentences", DataTypes.IntegerType), pairs("quotes", DataTypes.IntegerType),
            strings("entityTitles"), pairs("summary", DataTypes.DoubleType)}), true),
    });

    static final StructType FAILURE = new StructType(new StructField[] {str("origin"), str("id"), str("reason")});

    private static StructField str(String name) {
        return DataTypes.createStructField(name, DataTypes.StringType, true);
    }

    private static StructField num(String name) {
        return DataTypes.createStructField(name, DataTypes.IntegerType, true);
    }

    private static StructField strings(String name) {
        return DataTypes.createStructField(name, DataTypes.createArrayType(DataTypes.StringType, true), true);
    }

    private static StructField pairs(String name, DataType type) {
        return DataTypes.createStructField(name, new ArrayType(new ArrayType(type, true), true), true);
    }

    private static StructField list(String name, StructType element) {
        return DataTypes.createStructField(name, new ArrayType(element, true), true);
    }
}
