package dev.precis.server;

import dev.precis.pipeline.Precis;
import dev.precis.store.Library;

/**
 * What request handlers share: the open library, the summarizing pipeline and the configuration.
 * The library and pipeline are thread-safe; so is this holder.
 *
 * @param library the library being served (owned by the caller, who closes it)
 * @param precis the pipeline that summarizes stored articles at the requested length
 * @param config listening and security settings
 */
public record ServerContext(Library library, Precis precis, ServerConfig config) {
}
