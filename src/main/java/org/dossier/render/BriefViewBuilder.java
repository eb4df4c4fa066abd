package org.dossier.render;

import static org.dossier.render.Values.count;
import static org.dossier.render.Values.firstNonBlank;
import static org.dossier.render.Values.joinNonBlank;
import static org.dossier.render.Values.list;
import static org.dossier.render.Values.orUnknown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.brief.Alert;
import org.dossier.brief.Brief;
import org.dossier.brief.BriefItem;
import org.dossier.brief.Conflict;
import org.dossier.brief.CustodyStay;
import org.dossier.brief.InferredDate;
import org.dossier.brief.LastVisit;
import org.dossier.brief.RequestItem;
import org.dossier.brief.SentenceSummary;
import org.dossier.brief.Source;
import org.dossier.render.BriefView.AlertRow;
import org.dossier.render.BriefView.ConflictRow;
import org.dossier.render.BriefView.EventRow;
import org.dossier.render.BriefView.EventTable;
import org.dossier.render.BriefView.InferredRow;
import org.dossier.render.BriefView.KeyFact;
import org.dossier.render.BriefView.RequestRow;
import org.dossier.render.BriefView.SourceRow;
import org.dossier.render.BriefView.StayRow;

/** Turns a brief model into the strings the template shows. Reads the model and nothing else. */
final class BriefViewBuilder {

    /** Quotes longer than this (in characters) may split across pages. */
    private static final int LONG_QUOTE = 600;

    private final Labels labels;
    private final SummaryWriter summary;
    private final KeyFacts keyFacts;

    BriefViewBuilder(Labels labels) {
        this.labels = labels;
        this.summary = new SummaryWriter(labels);
        this.keyFacts = new KeyFacts(labels);
    }

    BriefView build(Brief brief, String generated) {
        return build(brief, generated, s -> null);
    }

    /** @param sourceLink where a source's sentence can be read in its article; null for none */
    BriefView build(Brief brief, String generated, Function<Source, String> sourceLink) {
        Citations cite = new Citations(brief.sources());
        String name = name(brief);
        return new BriefView("en", "Detainee brief: " + name, name, nationality(brief), aliases(brief),
                orUnknown(Dates.display(brief.asOf())), generated, keyFacts.of(brief, cite),
                summary.sentences(brief), alerts(brief, cite), list(brief.changes()),
                CustodyRoute.draw(brief.custodyHistory(), brief.asOf(), inCustody(brief)).orElse(null),
                stays(brief, cite), events(brief.custodyEvents(), cite),
                events(brief.legalHistory(), cite), sentence(brief.sentence(), cite),
                events(brief.diplomaticActions(), cite), lastVisit(brief.lastConsularVisit()),
                requests(brief.outstandingRequests(), cite), requests(brief.closedRequests(), cite),
                events(brief.health(), cite), events(brief.conditions(), cite),
                contact(brief.contact(), cite), conflicts(brief, cite), inferred(brief),
                sources(brief, sourceLink));
    }

    private static String name(Brief brief) {
        if (brief.person() == null) {
            return "Unnamed person";
        }
        return firstNonBlank(brief.person().name(), brief.person().id(), "Unnamed person");
    }

    private static String nationality(Brief brief) {
        String nationality = brief.person() == null ? null : brief.person().nationality();
        return nationality == null || nationality.isBlank() ? "Nationality not reported" : nationality;
    }

    private static String aliases(Brief brief) {
        List<String> aliases = brief.person() == null ? List.of() : list(brief.person().aliases());
        return aliases.isEmpty() ? null : String.join(", ", aliases);
    }

    static boolean inCustody(Brief brief) {
        return brief.status() != null && "in_custody".equals(brief.status().value());
    }

    private List<AlertRow> alerts(Brief brief, Citations cite) {
        return list(brief.alerts()).stream().map(a -> alert(a, cite)).toList();
    }

    private AlertRow alert(Alert alert, Citations cite) {
        String severity = alert.severity() == null ? "info" : alert.severity().toLowerCase(Locale.ROOT);
        String css = switch (severity) {
            case "high", "critical" -> "high";
            case "medium", "warning" -> "medium";
            default -> "low";
        };
        return new AlertRow(labels.of("severity", severity), css,
                firstNonBlank(alert.message(), alert.code(), "Alert"), alert.rule(), cite.of(alert.sources()));
    }

    private static List<StayRow> stays(Brief brief, Citations cite) {
        List<CustodyStay> stays = list(brief.custodyHistory());
        List<StayRow> rows = new ArrayList<>();
        for (int i = 0; i < stays.size(); i++) {
            CustodyStay s = stays.get(i);
            boolean current = i == stays.size() - 1 && s.until() == null && inCustody(brief);
            rows.add(new StayRow(i + 1, orUnknown(s.place()), orUnknown(Dates.display(s.from())),
                    current ? "now" : orUnknown(Dates.display(s.until())), cite.of(s.sources())));
        }
        return rows;
    }

    private EventTable events(List<BriefItem> items, Citations cite) {
        return EventTable.of(list(items).stream().map(i -> event(i, parties(i.actor(), i.addressee()), cite)).toList());
    }

    /** Contact is the detainee's own: who it is with (family, lawyers, officials), after who allowed or denied it. */
    private EventTable contact(List<BriefItem> items, Citations cite) {
        return EventTable.of(list(items).stream().map(i -> event(i,
                joinNonBlank("; ", i.actor(), i.addressee() == null ? null : "with " + i.addressee()), cite)).toList());
    }

    private EventRow event(BriefItem item, String who, Citations cite) {
        // Only the exception is marked: an action still planned; done is the normal case.
        String status = "planned".equals(item.status()) ? labels.of("actionStatus", item.status()) : null;
        String detail = joinNonBlank("; ", Terms.display(item.term()), item.detail());
        return new EventRow(orUnknown(Dates.display(item.date())), labels.of("kind", item.kind()), status,
                item.place(), who, detail, cite.of(item.sources(), item.outlets()));
    }

    private static List<KeyFact> sentence(SentenceSummary sentence, Citations cite) {
        if (sentence == null) {
            return List.of();
        }
        List<KeyFact> rows = new ArrayList<>();
        if (!list(sentence.terms()).isEmpty()) {
            rows.add(new KeyFact("Terms", sentence.terms().stream().map(Terms::display)
                    .collect(Collectors.joining(", ")), sentence.concurrent() ? "to run concurrently" : null,
                    cite.of(sentence.sources())));
        }
        if (!list(sentence.penalties()).isEmpty()) {
            rows.add(new KeyFact("Fines and orders", String.join("; ", sentence.penalties()), null, null));
        }
        org.dossier.brief.ProjectedRelease release = org.dossier.brief.ProjectedRelease.of(sentence);
        if (release != null) {
            rows.add(new KeyFact("Projected release", Dates.release(release),
                    "an estimate by rule " + firstNonBlank(sentence.projectionRule(), sentence.rule(), "(unnamed)")
                            + ", not a reported fact", null));
        }
        return rows;
    }

    private static String lastVisit(LastVisit visit) {
        if (visit == null) {
            return null;
        }
        return "Last consular visit: " + firstNonBlank(Dates.display(visit.date()), "date not reported")
                + (visit.actor() == null ? "" : " by " + visit.actor())
                + (visit.place() == null ? "" : " at " + visit.place())
                + (visit.daysSince() == null ? "" : ", " + count(visit.daysSince(), "day", "days")
                + " before the as-of date") + ".";
    }

    private List<RequestRow> requests(List<RequestItem> items, Citations cite) {
        return list(items).stream().map(r -> new RequestRow(labels.of("request", r.kind()), parties(r.actor(), r.addressee()),
                r.detail(), labels.of("requestStatus", r.status()),
                r.status() == null || "open".equals(r.status()) ? null : labels.of("requestStatus", r.status()),
                orUnknown(Dates.display(r.firstAsked())), orUnknown(Dates.display(r.lastRaised())),
                r.daysOpen() == null ? "—" : String.format(Locale.ENGLISH, "%,d", r.daysOpen()),
                cite.of(r.sources()))).toList();
    }

    /** "actor → addressee", with either side left out when unknown; null when both are. */
    private static String parties(String actor, String addressee) {
        if (addressee == null || addressee.isBlank()) {
            return actor;
        }
        return firstNonBlank(actor, "not reported") + " → " + addressee;
    }

    private List<ConflictRow> conflicts(Brief brief, Citations cite) {
        return list(brief.conflicts()).stream().map((Conflict c) -> new ConflictRow(orUnknown(c.event()),
                labels.of("slot", c.slot()), list(c.values()).stream().map(v -> slotValue(c.slot(), v)).toList(),
                c.rule(), cite.of(c.sources()))).toList();
    }

    /** Disputed dates and terms are shown like the rest of the brief shows them. */
    private static String slotValue(String slot, String value) {
        return switch (slot == null ? "" : slot) {
            case "date" -> orUnknown(Dates.display(value));
            case "term" -> orUnknown(Terms.display(value));
            default -> orUnknown(value);
        };
    }

    private static List<InferredRow> inferred(Brief brief) {
        return list(brief.inferredDates()).stream().map((InferredDate d) -> new InferredRow(orUnknown(d.article()),
                orUnknown(Dates.display(d.date())), d.note())).toList();
    }

    private static List<SourceRow> sources(Brief brief, Function<Source, String> link) {
        Function<Source, SourceRow> row = s -> new SourceRow(s.number(), orUnknown(s.outlet()),
                orUnknown(Dates.display(s.date())), orUnknown(s.article()), "sentence\u00a0" + s.sentence(),
                firstNonBlank(s.quote(), "(no quote)"), s.quote() != null && s.quote().length() > LONG_QUOTE,
                s.article() == null ? null : link.apply(s));
        return list(brief.sources()).stream().map(row).toList();
    }
}
