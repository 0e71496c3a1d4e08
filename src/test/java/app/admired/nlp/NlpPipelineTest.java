package app.admired.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.io.RuntimeIOException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The background model loading that {@link NlpPipeline} uses for the judge pipeline. */
class NlpPipelineTest {

    @Test
    void loadsOnItsOwnDaemonThread() {
        CompletableFuture<Thread> loading = NlpPipeline.loadInBackground(Thread::currentThread);
        Thread loader = NlpPipeline.awaitLoaded(loading);
        assertEquals("admired-model-loader", loader.getName());
        assertTrue(loader.isDaemon());
    }

    @Test
    void aMissingModelSurfacesAsItself() {
        RuntimeIOException missing = new RuntimeIOException("edu/stanford/nlp/models/missing.ser.gz");
        CompletableFuture<Object> loading = NlpPipeline.loadInBackground(() -> {
            throw missing;
        });
        assertSame(missing, assertThrows(RuntimeIOException.class, () -> NlpPipeline.awaitLoaded(loading)));
    }

    @Test
    void anErrorWhileLoadingSurfacesAsItself() {
        OutOfMemoryError outOfMemory = new OutOfMemoryError("Java heap space");
        CompletableFuture<Object> loading = NlpPipeline.loadInBackground(() -> {
            throw outOfMemory;
        });
        assertSame(outOfMemory, assertThrows(OutOfMemoryError.class, () -> NlpPipeline.awaitLoaded(loading)));
    }
}
