package org.dossier.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.ingest.web.FetchException;
import org.dossier.ingest.web.PageFetcher;
import org.dossier.ingest.web.SavedPages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier add URL...}: fetches pages and keeps them in the first input folder, for runs without network. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Fetch web pages (or PDFs) by address and save each in the first input folder as the page "
                + "plus a sidecar <id>.json with its url and fetch time.",
                "A page is saved only if it reads as an English article; a failed address is one line on stderr."})
public class AddCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Give up on an address that has not answered in full within this time (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Parameters(arity = "1..*", paramLabel = "URL", description = "http or https addresses of articles.")
    List<String> urls;

    @Override
    public Integer call() {
        Path folder = common.inputs().get(0);
        SavedPages pages = new SavedPages(folder);
        PageFetcher fetcher = new PageFetcher(PageFetcher.CONNECT_TIMEOUT, Duration.ofSeconds(timeoutSeconds),
                PageFetcher.MAX_BYTES);
        int failed = 0;
        for (String text : urls) {
            try {
                URI url = PageFetcher.address(text);
                var already = pages.existing(url);
                if (already.isPresent()) {
                    System.out.println(url + ": already saved as " + already.get());
                    continue;
                }
                SavedPages.Saved saved = pages.save(fetcher.fetch(url));
                System.out.println(url + ": saved as " + saved.file() + describe(saved));
            } catch (FetchException e) {
                System.err.println("error: " + e.getMessage());
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static String describe(SavedPages.Saved saved) {
        var a = saved.article();
        return a == null ? "" : " (" + (a.headline() == null ? "no headline" : "\"" + a.headline() + "\"")
                + (a.date() == null ? ", undated" : ", " + a.date()) + (a.outlet() == null ? "" : ", " + a.outlet()) + ")";
    }
}
