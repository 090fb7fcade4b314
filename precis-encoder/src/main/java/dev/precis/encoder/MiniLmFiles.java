package dev.precis.encoder;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;

/** The files of all-MiniLM-L6-v2 inside langchain4j's Maven artifact: the ONNX model and its tokenizer. */
final class MiniLmFiles {

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private MiniLmFiles() {
    }

    /** The quantized ONNX model's bytes. */
    static byte[] model() throws IOException {
        try (InputStream in = open(MODEL)) {
            return in.readAllBytes();
        }
    }

    /** The tokenizer (Hugging Face JSON); the caller closes it. */
    static InputStream tokenizer() throws IOException {
        return open(TOKENIZER);
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is missing from the class path");
        }
        return in;
    }
}
