package org.dossier.render;

import java.util.ArrayList;
import java.util.List;
import org.dossier.brief.Alert;
import org.dossier.brief.Brief;
import org.dossier.brief.BriefItem;
import org.dossier.brief.Conflict;
import org.dossier.brief.CurrentPlace;
import org.dossier.brief.CustodyStay;
import org.dossier.brief.Derived;
import org.dossier.brief.InferredDate;
import org.dossier.brief.LastVisit;
import org.dossier.brief.PersonSummary;
import org.dossier.brief.RequestItem;
import org.dossier.brief.SentenceSummary;
import org.dossier.brief.Source;

/** Brief models made up for the renderer's tests: a fictional person with a long record, and one with almost nothing. */
final class TestBriefs {

    static final String LONG_QUOTE_START = "In a statement that ran to several pages";
    static final String CYRILLIC_QUOTE = "«Мы добиваемся его перевода в другое учреждение, где условия содержания лучше», — заявил посол.";

    private TestBriefs() {
    }

    static Brief rich() {
        List<Source> sources = sources();
        return new Brief(Brief.SCHEMA,
                new PersonSummary("mikhail-vorontsov", "Mikhail Vorontsov", "Russian",
                        List.of("Vorontsov", "Михаил Воронцов", "Mr. Vorontsov")),
                "2023-03-20",
                new Derived("in_custody", "status-from-latest-custody", List.of("f1"), List.of(1, 2)),
                new CurrentPlace("Federal Correctional Institution Terminal Island, San Pedro, California",
                        "2023-03-14", "current-place", List.of("f9"), List.of(9, 12)),
                stays(), custodyEvents(), legal(),
                new SentenceSummary(List.of("P14Y", "P8Y6M"), true,
                        List.of("fine of USD 250,000", "restitution of USD 17.3 million to card issuers",
                                "three years of supervised release after the term"),
                        "2031", "projected-release", List.of("f20"), List.of(20, 21)),
                diplomatic(),
                new LastVisit("2023-03-14", "Consul General Aleksei Morozov",
                        "FCI Terminal Island", 6L, "last-consular-visit", List.of("f40"), List.of(9)),
                outstanding(), closed(), health(), conditions(), contact(), conflicts(),
                List.of(new InferredDate("017_c0ffee0000000017", "2021-04-12",
                                "dateline gave 12 April without a year; year taken from the narrative"),
                        new InferredDate("021_c0ffee0000000021", "2022",
                                "no date in the article; year inferred from \"last year\" in a later article")),
                alerts(), sources,
                List.of("New consular visit on 14 Mar 2023.", "Medical care request raised again on 10 Mar 2023."));
    }

    static Brief sparse() {
        return new Brief(Brief.SCHEMA, new PersonSummary("anna-kowalska", "Anna Kowalska", null, List.of()),
                "2024-01-09", new Derived("unknown", "status-default", List.of(), List.of()), null,
                List.of(), List.of(), List.of(), null, List.of(), null, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new Source(1, "009_b0b0b0b0b0b0b009", "Example Daily", "2024-01-09", 3,
                        "Anna Kowalska, a researcher, has not been heard from since she crossed the border.")),
                List.of());
    }

    private static List<CustodyStay> stays() {
        return List.of(
                stay("Bangkok Remand Prison, Thailand", "2016-02-03", "2016-09-01", 3),
                stay("Guam (US territory)", "2016-09-01", "2016-09-04", 5),
                stay("Federal Detention Center SeaTac, Seattle, Washington", "2016-09-04", "2018-05", 6),
                stay("USP Atlanta, Georgia", "2018-05", "2019", 7),
                stay("Metropolitan Detention Center Brooklyn, New York", "2019", "2020-11-20", 8),
                stay("Unknown transit facility", null, null, 10),
                stay("FCI Fort Dix, New Jersey", "2021-01-15", "2022-06-30", 11),
                stay("Federal Correctional Institution Terminal Island, San Pedro, California", "2022-06-30", null, 12));
    }

    private static CustodyStay stay(String place, String from, String until, int source) {
        return new CustodyStay(place, from, until, "custody-stays", List.of("f" + source), List.of(source));
    }

    private static List<BriefItem> custodyEvents() {
        return List.of(
                item("arrested", "2016-02-03", "Suvarnabhumi Airport, Bangkok", "Royal Thai Police", null, null, null,
                        "detained at the request of the US Secret Service", 3, 1, 2, 3),
                item("extradited", "2016-09-01", "Guam", "US Marshals", null, null, null, "handed over on a chartered flight", 2, 4, 5),
                item("transferred", "2016-09-04", "Seattle, Washington", null, null, null, null, null, 1, 6),
                item("transferred", "2018-05", "Atlanta, Georgia", null, null, null, null, null, 1, 7),
                item("transferred", "2019", "Brooklyn, New York", null, null, null, null, "moved ahead of a second trial", 1, 8),
                item("held", "2020-11-20", null, null, null, null, null, "reported held in transit; facility not named", 1, 10),
                item("transferred", "2021-01-15", "Fort Dix, New Jersey", null, null, null, null, null, 1, 11),
                item("transferred", "2022-06-30", "Terminal Island, California", null, null, null, null, null, 2, 12, 13),
                item("held", "2023-03-14", "Terminal Island, California", null, null, null, null,
                        "seen by the consul general during a visit", 2, 9, 12));
    }

    private static List<BriefItem> legal() {
        return List.of(
                item("charged", "2016-09-05", "US District Court, Western District of Washington", null, null, null, null,
                        "38 counts including wire fraud, intentional damage to a protected computer and aggravated identity theft", 2, 14, 15),
                item("convicted", "2017-08-25", "US District Court, Western District of Washington", null, null, null, null,
                        "found guilty on 38 counts by a jury", 3, 16, 17, 18),
                item("sentenced", "2018-04-21", "Seattle", null, null, "P14Y", null, "fine and restitution ordered", 2, 19, 20),
                item("charged", "2018-11", "US District Court, Eastern District of New York", null, null, null, null,
                        "racketeering conspiracy", 1, 21),
                item("pleaded_guilty", "2019-09-10", "Brooklyn", null, null, null, null, "pleaded guilty to one count of racketeering conspiracy", 1, 21),
                item("sentenced", "2020-06-02", "Brooklyn", null, null, "P8Y6M", null, "to run concurrently with the Seattle term", 2, 21, 22),
                item("appeal", "2021-03", "Ninth Circuit Court of Appeals", null, null, null, null, "appeal of the Seattle conviction rejected", 1, 23));
    }

    private static List<BriefItem> diplomatic() {
        List<BriefItem> items = new ArrayList<>();
        items.add(item("statement", "2016-02-04", null, "Ministry of Foreign Affairs of the Russian Federation", null, null, null,
                "called the arrest a kidnapping by US special services", 3, 2, 24, 25));
        items.add(item("note", "2016-02-05", null, "Embassy of Russia in Thailand", "Thai Ministry of Foreign Affairs", null, "done",
                "protested against the extradition", 1, 24));
        for (int i = 0; i < 14; i++) {
            String year = Integer.toString(2017 + i / 3);
            String month = String.format("%02d", 1 + (i * 4) % 12);
            items.add(item(i % 2 == 0 ? "visit" : "call", year + "-" + month + "-1" + (i % 9),
                    i % 2 == 0 ? "the facility of the time" : null, "Consulate General of Russia in San Francisco",
                    i % 2 == 0 ? null : "family of the detainee", null, "done",
                    i % 3 == 0 ? "raised the detainee's medical treatment and his access to a Russian-speaking doctor" : null,
                    1 + i % 3, 26 + i % 10));
        }
        items.add(item("letter", "2019-12-02", null, "Ambassador Pavel Lebedev", "international human rights organisations", null, "done",
                "asked for help improving his conditions", 2, 36, 37));
        items.add(item("consultation", "2022-10-20", null, "Russian diplomats", "US Department of State", null, "done",
                "raised consular access in consultations", 1, 38));
        items.add(item("note", "2023-03-21", null, "Embassy of Russia in the United States", "US Department of State", null, "planned",
                "note to request a transfer to a facility with better conditions", 1, 39));
        items.add(item("visit", "2023-03-14", "FCI Terminal Island", "Consul General Aleksei Morozov", null, null, "done",
                "spoke through a glass partition; " + "посещение длилось два часа", 2, 9, 12));
        return items;
    }

    private static List<RequestItem> outstanding() {
        return List.of(
                request("transfer", "Embassy of Russia in the United States", "US Department of State",
                        "transfer to a facility closer to the West Coast consulate with better conditions", "open",
                        "2021-02-01", "2023-03-21", 777L, 39, 40),
                request("medical", "Consul General Aleksei Morozov", "Federal Bureau of Prisons",
                        "treatment for a heart condition by a cardiologist", "open", "2022-09-12", "2023-03-10", 189L, 9, 41),
                request("repatriation", "Ministry of Foreign Affairs of the Russian Federation", "US Department of Justice",
                        "transfer to serve the sentence in Russia under the Convention on the Transfer of Sentenced Persons",
                        "under_review", "2019-05-14", "2022-11-01", 1406L, 27, 42),
                request("access", "Consulate General of Russia in San Francisco", "FCI Terminal Island",
                        null, "open", "2022-10-20", null, 151L, 38),
                request("conditions", "his lawyer", null, "end of the security check-ins every two hours", "open",
                        null, "2023-01-11", null, 43));
    }

    private static List<RequestItem> closed() {
        return List.of(
                request("exchange", "Ministry of Foreign Affairs of the Russian Federation", "US Department of State",
                        "include him in a prisoner exchange", "refused", "2022-04-27", "2022-08-01", null, 44),
                request("medical", "his lawyer", "Federal Bureau of Prisons", "an orthopaedic examination", "granted",
                        "2020-01-15", "2020-03-02", null, 45),
                request("other", "his wife", "the warden", "permission to send books in Russian, listed at "
                                + "https://example.org/books/" + "abcdefghij".repeat(12), "withdrawn",
                        "2021-06", null, null, 46));
    }

    private static List<BriefItem> health() {
        return List.of(
                item("condition", null, null, null, null, null, null,
                        "brain injury from a 2011 terrorist attack; needs medication and regular care", 3, 36, 47, 48),
                item("condition", "2022-11-14", null, null, null, null, null, "heart condition getting worse in prison", 1, 41));
    }

    private static List<BriefItem> conditions() {
        return List.of(
                item("regime", "2019-12-02", null, null, null, null, null,
                        "must report to a security check-point every two hours from 6 a.m. to 8 p.m.", 2, 36, 37),
                item("regime", "2022-02-01", null, null, null, null, null, "lockdown of the facility; calls to relatives banned", 1, 49));
    }

    private static List<BriefItem> contact() {
        return List.of(
                item("restricted", "2022-02-09", null, null, "family", null, null,
                        "no calls from relatives for two weeks during the lockdown", 1, 49),
                item("denied", "2022-10-24", null, "prison administration", null, null, null,
                        "consular meeting refused at the last moment on security grounds", 2, 38, 9),
                item("allowed", "2023-03-14", null, null, null, null, null, "consular visit through a glass partition", 1, 9));
    }

    private static List<Conflict> conflicts() {
        return List.of(
                new Conflict("Arrest at Suvarnabhumi Airport", "date", List.of("2016-02-03", "2016-02-04"),
                        "conflicting-dates", List.of("f1", "f2"), List.of(1, 2)),
                new Conflict("Sentence imposed in Seattle", "term", List.of("P14Y", "P15Y"),
                        "conflicting-terms", List.of("f19", "f20"), List.of(19, 20)));
    }

    private static List<Alert> alerts() {
        return List.of(
                new Alert("open-medical-request-with-illness", "high",
                        "Medical care has been requested for a reported heart condition and remains open after 189 days.",
                        "alert-open-medical-request", List.of("f41"), List.of(9, 41)),
                new Alert("request-open-90-days", "medium",
                        "4 requests have been open for more than 90 days; the oldest, repatriation, for 1,406 days.",
                        "alert-request-open-90-days", List.of("f40", "f42"), List.of(27, 42)),
                new Alert("contact-restricted", "low", "Contact with relatives was restricted during a lockdown in February 2022.",
                        "alert-contact-restricted", List.of("f49"), List.of(49)));
    }

    private static List<Source> sources() {
        String[] outlets = {"TASS", "RIA Novosti", "UrduPoint News / Sputnik", "Reuters", "Izvestia", "The Seattle Times"};
        List<Source> sources = new ArrayList<>();
        for (int n = 1; n <= 49; n++) {
            String quote = switch (n) {
                case 12 -> CYRILLIC_QUOTE;
                case 36 -> longQuote();
                default -> "Sentence " + n + " of the reporting says that Mikhail Vorontsov, who is serving a term in a US prison, "
                        + "was the subject of event number " + n + (n % 4 == 0 ? ", according to people familiar with the case." : ".");
            };
            String article = String.format("%03d_c0ffee%010d", n / 2, n / 2);
            String outlet = n == 12 ? "РИА Новости" : outlets[n % outlets.length];
            sources.add(new Source(n, article, outlet, String.format("20%02d-%02d-%02d", 16 + n / 8, 1 + n % 12, 1 + n % 27), n % 15, quote));
        }
        return sources;
    }

    static String longQuote() {
        StringBuilder s = new StringBuilder(LONG_QUOTE_START + ", the ambassador wrote that ");
        for (int i = 0; i < 40; i++) {
            s.append("the detainee, who is disabled after a terrorist attack and must take medication under the care of physicians, ")
                    .append("is kept under special security requirements that have nothing to do with his conduct (point ").append(i + 1).append("); ");
        }
        s.append("and a token with no spaces at all: https://example.org/a/very/long/path/that/does/not/break/anywhere/")
                .append("x".repeat(120)).append(".");
        return s.toString();
    }

    private static BriefItem item(String kind, String date, String place, String actor, String addressee, String term,
                                  String status, String detail, int outlets, Integer... sources) {
        return new BriefItem(kind, date, place, actor, addressee, term, status, detail, outlets, "test-rule",
                List.of("f-" + kind), List.of(sources));
    }

    private static RequestItem request(String kind, String actor, String addressee, String detail, String status,
                                       String first, String last, Long days, Integer... sources) {
        return new RequestItem(kind, actor, addressee, detail, status, first, last, days, "requests", List.of("f-" + kind),
                List.of(sources));
    }
}
