package org.dossier.render;

import static org.dossier.render.Values.count;
import static org.dossier.render.Values.list;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.dossier.brief.Brief;
import org.dossier.brief.BriefItem;
import org.dossier.brief.CustodyStay;
import org.dossier.brief.LastVisit;
import org.dossier.brief.RequestItem;
import org.dossier.brief.SentenceSummary;
import org.dossier.facts.CountryNames;

/**
 * The three to five sentences at the top of page one. Each is a fixed template filled from the
 * brief model; a sentence whose facts are missing is left out, except the ones on status,
 * requests and consular visits, which say what is not known instead.
 */
final class SummaryWriter {

    /** Routes with more places than this are summed up by their first and last place. */
    private static final int MAX_ROUTE = 4;

    private final Labels labels;

    SummaryWriter(Labels labels) {
        this.labels = labels;
    }

    List<String> sentences(Brief brief) {
        List<String> out = new ArrayList<>();
        out.add(status(brief));
        add(out, custody(brief));
        add(out, legal(brief));
        out.add(requests(brief));
        out.add(visit(brief));
        return out;
    }

    private static void add(List<String> out, String sentence) {
        if (sentence != null) {
            out.add(sentence);
        }
    }

    private String status(Brief brief) {
        String who = who(brief);
        String status = brief.status() == null ? "unknown" : brief.status().value();
        String place = brief.currentPlace() == null ? null : brief.currentPlace().place();
        String reported = brief.currentPlace() == null ? null : Dates.onOrIn(brief.currentPlace().lastReported());
        // "in custody in Russia", "in custody at Lefortovo, Moscow"
        String where = place == null ? "" : (CountryNames.isCountry(place) ? " in " : " at ") + CountryNames.inSentence(place);
        String when = reported == null ? "" : ", as last reported " + reported;
        return switch (status == null ? "unknown" : status) {
            case "in_custody" -> who + " is in custody" + where + when + ".";
            case "released" -> who + " has been reported released" + (place == null ? "" : "; last reported place: " + place) + when + ".";
            case "exchanged" -> who + " has been reported freed in a prisoner exchange" + when + ".";
            default -> who + " has no reported custody status" + (place == null ? "" : "; last reported place: " + place) + when + ".";
        };
    }

    private static String who(Brief brief) {
        String name = brief.person() == null || brief.person().name() == null ? "The person" : brief.person().name();
        String nationality = brief.person() == null ? null : brief.person().nationality();
        if (nationality == null || nationality.isBlank()) {
            return name;
        }
        String article = "AEIOU".indexOf(Character.toUpperCase(nationality.charAt(0))) >= 0 ? "an" : "a";
        return name + ", " + article + " " + nationality + " national,";
    }

    private String custody(Brief brief) {
        List<String> places = list(brief.custodyHistory()).stream().map(CustodyStay::place)
                .filter(Objects::nonNull).toList();
        BriefItem arrest = list(brief.custodyEvents()).stream()
                .filter(e -> "arrested".equals(e.kind())).findFirst().orElse(null);
        if (arrest == null && places.isEmpty()) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        if (arrest != null) {
            s.append("The arrest was reported").append(arrest.place() == null ? "" : " in " + CountryNames.inSentence(arrest.place()))
                    .append(arrest.date() == null ? "" : " " + Dates.onOrIn(arrest.date()));
        }
        if (!places.isEmpty()) {
            s.append(s.isEmpty() ? "Custody" : "; custody since").append(route(places));
        }
        return s.append('.').toString();
    }

    /** The places in order; a long route is told by its ends, the table has the rest. */
    private static String route(List<String> places) {
        if (places.size() == 1) {
            return " is reported at one place only, " + places.get(0);
        }
        if (places.size() <= MAX_ROUTE) {
            return " runs through " + places.size() + " places: " + String.join(" → ", places);
        }
        return " runs through " + places.size() + " places, from " + places.get(0) + " to "
                + places.get(places.size() - 1);
    }

    private String legal(Brief brief) {
        SentenceSummary sentence = brief.sentence();
        if (sentence != null && !list(sentence.terms()).isEmpty()) {
            String terms = sentence.terms().stream().map(Terms::display).collect(Collectors.joining(" and "));
            StringBuilder s = new StringBuilder(sentence.terms().size() == 1 ? "The sentence reported is "
                    : "The sentences reported are ").append(terms);
            if (sentence.concurrent() && sentence.terms().size() > 1) {
                s.append(", to run concurrently");
            }
            org.dossier.brief.ProjectedRelease release = org.dossier.brief.ProjectedRelease.of(sentence);
            if (release != null) {
                s.append("; by the rules' estimate, release would come ").append(release.approximate() ? ""
                        : release.isRange() ? "between " : "on ").append(release.approximate() ? Dates.release(release)
                        : Dates.release(release).replace(" to ", " and "));
            }
            return s.append('.').toString();
        }
        List<BriefItem> legal = list(brief.legalHistory());
        if (legal.isEmpty()) {
            return null;
        }
        BriefItem latest = legal.get(legal.size() - 1);
        String kind = labels.of("kind", latest.kind()).toLowerCase(Locale.ENGLISH);
        return count(legal.size(), "court event is", "court events are") + " reported, the latest: "
                + kind + (latest.date() == null ? "" : " " + Dates.onOrIn(latest.date())) + ".";
    }

    private String requests(Brief brief) {
        List<RequestItem> open = list(brief.outstandingRequests());
        int closed = list(brief.closedRequests()).size();
        String closedPart = closed == 0 ? "" : "; " + count(closed, "other was", "others were") + " granted, refused or withdrawn";
        if (open.isEmpty()) {
            return "No request on the detainee's behalf is reported outstanding" + closedPart + ".";
        }
        RequestItem oldest = open.stream()
                .max(Comparator.comparing(r -> r.daysOpen() == null ? -1L : r.daysOpen())).orElseThrow();
        String what = labels.of("request", oldest.kind()).toLowerCase(Locale.ENGLISH);
        String by = oldest.actor() == null ? "" : ", asked by " + oldest.actor() + ",";
        String age = oldest.daysOpen() == null || oldest.daysOpen() == 0 ? " is still open" : " has been open for " + count(oldest.daysOpen(), "day", "days");
        String head = open.size() == 1
                ? "One request on the detainee's behalf is outstanding: the request for " + what
                : "There are " + open.size() + " outstanding requests on the detainee's behalf; the oldest, for " + what;
        return head + by + age + closedPart + ".";
    }

    private static String visit(Brief brief) {
        LastVisit visit = brief.lastConsularVisit();
        if (visit == null) {
            return "No consular visit is reported.";
        }
        StringBuilder s = new StringBuilder("The last consular visit reported was");
        if (visit.date() != null) {
            s.append(" on ").append(Dates.display(visit.date()));
        }
        if (visit.actor() != null) {
            s.append(" by ").append(visit.actor());
        }
        if (visit.daysSince() != null) {
            s.append(", ").append(count(visit.daysSince(), "day", "days")).append(" before the newest report");
        }
        return s.append('.').toString();
    }
}
