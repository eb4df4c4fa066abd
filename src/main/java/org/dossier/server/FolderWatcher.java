package org.dossier.server;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --watch}: notices changes in the input folders and (recursively) in the rules folder,
 * and once they settle asks the service to refresh, which re-reads articles and recompiles
 * edited rules.
 */
final class FolderWatcher implements AutoCloseable {

    static final Duration QUIET = Duration.ofMillis(400);

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

    private final DirectoryWatcher watcher;
    private final Debouncer debouncer;

    private FolderWatcher(DirectoryWatcher watcher, Debouncer debouncer) {
        this.watcher = watcher;
        this.debouncer = debouncer;
    }

    static FolderWatcher start(BriefService service) throws IOException {
        List<Path> folders = new ArrayList<>();
        List<Path> wanted = new ArrayList<>(service.inputs());
        wanted.add(service.rulesDir());
        for (Path p : wanted) {
            if (Files.isDirectory(p)) {
                folders.add(p.toAbsolutePath().normalize());
            } else {
                LOG.warn("not watching {}: not a folder", p);
            }
        }
        Debouncer debouncer = new Debouncer(QUIET, "dossier-watch", () -> service.refresh("watch"));
        DirectoryWatcher watcher = DirectoryWatcher.builder()
                .paths(folders)
                .fileHashing(false) // the service compares file sizes and times itself
                .listener(new DirectoryChangeListener() {
                    @Override
                    public void onEvent(DirectoryChangeEvent event) {
                        LOG.debug("{} {}", event.eventType(), event.path());
                        debouncer.signal();
                    }

                    @Override
                    public void onException(Exception e) {
                        LOG.warn("watching failed: {}", e.toString());
                    }
                })
                .build();
        watcher.watchAsync();
        LOG.info("watching {}", folders);
        return new FolderWatcher(watcher, debouncer);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        watcher.close();
        debouncer.close();
    }
}
