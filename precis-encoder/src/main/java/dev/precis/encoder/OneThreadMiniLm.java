package dev.precis.encoder;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;

/**
 * all-MiniLM-L6-v2 (quantized) from langchain4j's artifact, in an ONNX Runtime session that runs each
 * call on the calling thread alone. langchain4j's own model class keeps ONNX Runtime's default, a pool
 * of as many threads as cores, so with every ingest worker encoding at once each call's threads
 * compete with the other workers' (on a many-core server, workers x cores threads). The callers
 * already run one encoding per core. On this project's 2-core machine the one-off ingest measured
 * the same either way (71–73 against 65–74 items/s).
 */
final class OneThreadMiniLm extends AbstractInProcessEmbeddingModel {

    private final OnnxBertBiEncoder model;

    OneThreadMiniLm() throws IOException, OrtException {
        super(Runnable::run);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        byte[] bytes = MiniLmFiles.model();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = environment.createSession(bytes, options);
            try (InputStream tokenizer = MiniLmFiles.tokenizer()) {
                this.model = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            }
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return model;
    }

    @Override
    protected Integer knownDimension() {
        return MiniLmSentenceEncoder.DIMENSION;
    }
}
