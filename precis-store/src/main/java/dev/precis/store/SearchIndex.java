package dev.precis.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The Lucene index derived from the database: full text (title, body), entity fields, source and
 * publication date, with highlighting and source facets. The database stays the truth: the library
 * adds a document only after its transaction commits and reconciles the two when it opens.
 * Thread-safe (Lucene's writer and searcher manager are).
 */
final class SearchIndex implements AutoCloseable {

    static final String ID = "id";
    private static final String ID_DV = "id_dv";
    private static final String DAY = "day";
    private static final String DAY_SORT = "day_sort";
    private static final String SOURCE_KEY = "source_key";
    private static final String SOURCE_FACET = "source_facet";
    private static final String[] ENTITY_FIELDS = {"person", "organization", "location", "misc"};
    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
    }

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final FacetsConfig facets = new FacetsConfig();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Facet ordinals are costly to build: kept per index reader, rebuilt when the reader changes. */
    private volatile FacetState facetState;

    private record FacetState(org.apache.lucene.index.IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    SearchIndex(Path dir) throws IOException {
        facets.setIndexFieldName(SOURCE_FACET, SOURCE_FACET);
        FSDirectory directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    /** Indexes {@code d}, replacing the document of its article if there is one (story moves, repair). */
    void put(IndexDocument d) throws IOException {
        java.util.function.Consumer<String> probe = this.probe;
        if (probe != null) {
            probe.accept(d.title());
        }
        writer.updateDocument(new Term(ID, Long.toString(d.id())), document(d));
    }

    /**
     * {@link #put(IndexDocument)}, a refusal of this document alone kept in {@code failures} instead of thrown, as
     * {@link #putNew(IndexDocument, IndexFailures)} keeps it: the article's former document, if any, is dropped (it would
     * name an old story or text), so the repair at the next open indexes the article again. A failure of the index
     * itself is thrown.
     */
    void put(IndexDocument d, IndexFailures failures) throws IOException {
        try {
            put(d);
        } catch (IOException | RuntimeException e) {
            failed(d, e, failures);
            delete(d.id());
        }
    }

    /**
     * Indexes the document of an article just inserted, whose id the index cannot hold yet: the database
     * hands out each id once and the index only follows committed rows (reconciled when the library
     * opens), so the id term's lookup and delete that {@link #put} costs per document are skipped.
     */
    void putNew(IndexDocument d) throws IOException {
        java.util.function.Consumer<String> probe = this.probe;
        if (probe != null) {
            probe.accept(d.title());
        }
        writer.addDocument(document(d));
    }

    /**
     * {@link #putNew(IndexDocument)}, a failure of this document alone (the index refused it) kept in {@code failures}
     * instead of thrown; a failure of the index itself (its writer closed by a fatal error) is thrown.
     */
    void putNew(IndexDocument d, IndexFailures failures) throws IOException {
        try {
            putNew(d);
        } catch (IOException | RuntimeException e) {
            failed(d, e, failures);
        }
    }

    /** Keeps {@code d}'s refusal in {@code failures}, or throws {@code e} when the index itself failed (its writer closed). */
    private void failed(IndexDocument d, Exception e, IndexFailures failures) throws IOException {
        if (writer.getTragicException() != null || !writer.isOpen()) {
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        failures.add(d.id(), e);
    }

    /** Tests only: called with each document's headline before it is indexed (a fault injected there); null in use. */
    volatile java.util.function.Consumer<String> probe;

    private Document document(IndexDocument d) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(d.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(ID_DV, d.id()));
        doc.add(new Field("title", d.title(), TextField.TYPE_STORED));
        doc.add(new Field("body", d.body(), BODY_TYPE));
        if (d.source() != null) {
            doc.add(new TextField("source", d.source(), Field.Store.YES));
            doc.add(new StringField(SOURCE_KEY, d.source().toLowerCase(Locale.ROOT), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(SOURCE_FACET, d.source()));
        }
        if (d.published() != null) {
            doc.add(new StoredField("published", d.published()));
            epochDay(d.published()).ifPresent(day -> {
                doc.add(new LongPoint(DAY, day));
                doc.add(new NumericDocValuesField(DAY_SORT, day));
            });
        }
        for (IndexDocument.Named n : d.entities()) {
            doc.add(new TextField(n.field(), n.name(), Field.Store.NO));
            doc.add(new TextField("entity", n.name(), Field.Store.NO));
        }
        if (d.storyId() > 0) {
            doc.add(new StringField("story", Long.toString(d.storyId()), Field.Store.YES));
        }
        return facets.build(doc);
    }

    void delete(long id) throws IOException {
        writer.deleteDocuments(new Term(ID, Long.toString(id)));
    }

    void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /** Makes the index durable and visible to searches. */
    void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Number of live documents (an article indexed twice counts twice, unlike {@link #ids()}). */
    int documents() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
        }
    }

    /** Ids of all indexed articles. */
    Set<Long> ids() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher s = searchers.acquire();
        try {
            Set<Long> ids = new HashSet<>();
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                NumericDocValues dv = leaf.reader().getNumericDocValues(ID_DV);
                Bits live = leaf.reader().getLiveDocs();
                if (dv == null) {
                    continue;
                }
                for (int doc = dv.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = dv.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        ids.add(dv.longValue());
                    }
                }
            }
            return ids;
        } finally {
            searchers.release(s);
        }
    }

    SearchResult search(SearchQuery q) throws IOException {
        Query query = toLucene(q);
        searchers.maybeRefresh();
        IndexSearcher s = searchers.acquire();
        try {
            FacetsCollector fc = new FacetsCollector();
            int depth = q.offset() + q.limit();
            TopDocs upToPage = q.sortByDate()
                    ? FacetsCollector.search(s, query, depth, sortByDate(), fc)
                    : FacetsCollector.search(s, query, depth, fc);
            // the page: the hits above it are collected only to be skipped (SearchQuery bounds the depth)
            ScoreDoc[] docs = upToPage.scoreDocs;
            TopDocs top = new TopDocs(upToPage.totalHits, Arrays.copyOfRange(docs, Math.min(q.offset(), docs.length), docs.length));
            Map<String, Integer> bySource = new HashMap<>();
            if (top.totalHits.value > 0 && hasFacets(s)) {
                FacetState fs = facetState;
                if (fs == null || fs.reader() != s.getIndexReader()) {
                    fs = new FacetState(s.getIndexReader(), new DefaultSortedSetDocValuesReaderState(s.getIndexReader(), SOURCE_FACET, facets));
                    facetState = fs;
                }
                SortedSetDocValuesReaderState state = fs.state();
                FacetResult fr = new SortedSetDocValuesFacetCounts(state, fc).getTopChildren(20, SOURCE_FACET);
                if (fr != null) {
                    for (LabelAndValue lv : fr.labelValues) {
                        bySource.put(lv.label, lv.value.intValue());
                    }
                }
            }
            UnifiedHighlighter hl = UnifiedHighlighter.builder(s, analyzer)
                    .withFormatter(new DefaultPassageFormatter("[[", "]]", " … ", false))
                    .withMaxLength(200_000)
                    .build();
            String[] snippets = hl.highlight("body", query, top, 2);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document doc = s.storedFields().document(sd.doc);
                String snippet = snippets[i] != null ? snippets[i] : lead(doc.get("body"));
                hits.add(new SearchHit(Long.parseLong(doc.get(ID)), doc.get("title"), doc.get("source"),
                        doc.get("published"), Float.isNaN(sd.score) ? 0 : sd.score, snippet.replace('\n', ' ')));
            }
            return new SearchResult(top.totalHits.value, hits, bySource);
        } catch (IndexSearcher.TooManyClauses e) {
            throw QueryText.tooManyWords(); // a wildcard that expands to too many words
        } finally {
            searchers.release(s);
        }
    }

    private static boolean hasFacets(IndexSearcher s) throws IOException {
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            if (leaf.reader().getSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null
                    || leaf.reader().getSortedSetDocValues(SOURCE_FACET) != null) {
                return true;
            }
        }
        return false;
    }

    private static String lead(String body) {
        return body == null ? "" : body.substring(0, Math.min(200, body.length()));
    }

    private static Sort sortByDate() {
        SortField day = new SortField(DAY_SORT, SortField.Type.LONG, true);
        day.setMissingValue(Long.MIN_VALUE);
        return new Sort(day, new SortField(ID_DV, SortField.Type.LONG, true));
    }

    private Query toLucene(SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (q.text().isBlank()) {
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        } else {
            b.add(QueryText.parse(q.text(), analyzer, new String[] {"title", "body"}, Map.of("title", 2.0f, "body", 1.0f)),
                    BooleanClause.Occur.MUST);
        }
        if (q.source() != null) {
            b.add(new TermQuery(new Term(SOURCE_KEY, q.source().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
        if (q.entity() != null) {
            try {
                QueryParser p = new QueryParser("entity", analyzer);
                p.setDefaultOperator(QueryParser.Operator.AND);
                b.add(p.parse(QueryParser.escape(q.entity())), BooleanClause.Occur.FILTER);
            } catch (ParseException e) {
                throw new IllegalArgumentException("cannot use entity '" + q.entity() + "'");
            }
        }
        if (q.from() != null || q.to() != null) {
            long lo = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
            long hi = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(DAY, lo, hi), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    static java.util.Optional<Long> epochDay(String published) {
        if (published == null || published.length() < 10) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(LocalDate.parse(published.substring(0, 10)).toEpochDay());
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    static String fieldFor(dev.precis.model.EntityType type) {
        return ENTITY_FIELDS[type.ordinal()];
    }

    /** Drops what was not committed and closes, as a crash would (tests of crash safety only). */
    void abandon() throws IOException {
        searchers.close();
        writer.rollback();
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.commit();
        writer.close();
    }
}
