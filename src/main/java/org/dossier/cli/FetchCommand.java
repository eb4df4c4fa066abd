package org.dossier.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.ingest.web.FeedPoller;
import org.dossier.ingest.web.PageFetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dossier fetch --feed URL...}: the new items of news feeds, each fetched once, into the first input folder. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Fetch the new items of RSS or Atom feeds and save each page in the first input folder, "
                + "as dossier add does.",
                "Feeds come from --feed and from feeds.txt in that folder (one address a line). Items already "
                        + "fetched (same address, or same article text) are not fetched or saved again."})
public class FetchCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--feed", paramLabel = "URL", description = "An RSS 2.0 or Atom feed; may be repeated.")
    List<String> feeds = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Path folder = common.inputs().get(0);
        List<String> all = FeedPoller.feeds(feeds, folder);
        if (all.isEmpty()) {
            System.err.println("error: no feeds: give --feed URL, or list feeds in " + folder.resolve(FeedPoller.FEEDS_FILE));
            return 2;
        }
        FeedPoller.Round round = new FeedPoller(folder, new PageFetcher()).poll(all);
        round.saved().forEach(System.out::println);
        round.errors().forEach(e -> System.err.println("error: " + e));
        System.out.println(all.size() + " feed" + (all.size() == 1 ? "" : "s") + ": " + round.summary());
        return round.errors().isEmpty() ? 0 : 1;
    }
}
