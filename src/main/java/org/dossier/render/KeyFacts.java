package org.dossier.render;

import static org.dossier.render.Values.count;
import static org.dossier.render.Values.firstNonBlank;
import static org.dossier.render.Values.list;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.dossier.brief.Brief;
import org.dossier.brief.CurrentPlace;
import org.dossier.brief.LastVisit;
import org.dossier.brief.SentenceSummary;
import org.dossier.brief.Source;
import org.dossier.render.BriefView.KeyFact;

/** The facts at the top of page one: status, place, sentence, counts and the last consular visit. */
final class KeyFacts {

    private final Labels labels;

    KeyFacts(Labels labels) {
        this.labels = labels;
    }

    List<KeyFact> of(Brief brief, Citations cite) {
        List<KeyFact> facts = new ArrayList<>();
        facts.add(new KeyFact("Status", status(brief), null,
                brief.status() == null ? null : cite.of(brief.status().sources())));
        facts.add(currentPlace(brief.currentPlace(), cite));
        facts.add(sentenceFact(brief.sentence(), cite));
        facts.add(new KeyFact("Outstanding requests", Integer.toString(list(brief.outstandingRequests()).size()),
                list(brief.closedRequests()).isEmpty() ? null : list(brief.closedRequests()).size() + " closed", null));
        facts.add(new KeyFact("Alerts", Integer.toString(list(brief.alerts()).size()), null, null));
        facts.add(visitFact(brief.lastConsularVisit(), cite));
        facts.add(new KeyFact("Sources", count(list(brief.sources()).size(), "quoted sentence", "quoted sentences"),
                articles(brief), null));
        return facts;
    }

    private String status(Brief brief) {
        String code = brief.status() == null ? null : brief.status().value();
        return code == null ? "Unknown" : labels.of("status", code);
    }

    private static KeyFact currentPlace(CurrentPlace place, Citations cite) {
        if (place == null || place.place() == null) {
            return new KeyFact("Current place", "Not reported", null, null);
        }
        String when = Dates.display(place.lastReported());
        return new KeyFact("Current place", place.place(),
                when == null ? "date of report unknown" : "last reported " + when, cite.of(place.sources()));
    }

    private static KeyFact sentenceFact(SentenceSummary sentence, Citations cite) {
        if (sentence == null || list(sentence.terms()).isEmpty()) {
            return new KeyFact("Sentence", "None reported", null, null);
        }
        String terms = sentence.terms().stream().map(Terms::display).collect(Collectors.joining(", "));
        if (sentence.concurrent() && sentence.terms().size() > 1) {
            terms += " (concurrent)";
        }
        org.dossier.brief.ProjectedRelease release = org.dossier.brief.ProjectedRelease.of(sentence);
        String note = release == null ? null : "projected release " + Dates.release(release) + " (estimate)";
        return new KeyFact("Sentence", terms, note, cite.of(sentence.sources()));
    }

    private static KeyFact visitFact(LastVisit visit, Citations cite) {
        if (visit == null) {
            return new KeyFact("Last consular visit", "None reported", null, null);
        }
        String value = firstNonBlank(Dates.display(visit.date()), "Date not reported");
        List<String> notes = new ArrayList<>();
        if (visit.actor() != null) {
            notes.add("by " + visit.actor());
        }
        if (visit.place() != null) {
            notes.add("at " + visit.place());
        }
        if (visit.daysSince() != null) {
            notes.add(count(visit.daysSince(), "day", "days") + " before the as-of date");
        }
        return new KeyFact("Last consular visit", value, notes.isEmpty() ? null : String.join(", ", notes),
                cite.of(visit.sources()));
    }

    private static String articles(Brief brief) {
        long articles = list(brief.sources()).stream().map(Source::article).filter(Objects::nonNull).distinct().count();
        long outlets = list(brief.sources()).stream().map(Source::outlet).filter(Objects::nonNull).distinct().count();
        if (articles == 0) {
            return null;
        }
        String from = "from " + count(articles, "article", "articles");
        return outlets == 0 ? from + ", outlet not named" : from + " by " + count(outlets, "outlet", "outlets");
    }
}
