package org.dossier.history;

import java.util.ArrayList;
import java.util.List;
import org.dossier.brief.Alert;
import org.dossier.brief.Brief;
import org.dossier.brief.BriefItem;
import org.dossier.brief.CurrentPlace;
import org.dossier.brief.Derived;
import org.dossier.brief.PersonSummary;
import org.dossier.brief.RequestItem;

/**
 * Briefs of an invented detainee, written for the history's tests: each step of the builder is
 * one thing a later brief may say differently.
 */
public final class InventedBriefs {

    private final String id;
    private String asOf = "2021-03-05";
    private String status = "in_custody";
    private String caseStatus = "pretrial_detention";
    private String place = "Lisbon Central Prison";
    private final List<BriefItem> custody = new ArrayList<>();
    private final List<BriefItem> diplomatic = new ArrayList<>();
    private final List<RequestItem> outstanding = new ArrayList<>();
    private final List<RequestItem> closed = new ArrayList<>();
    private final List<Alert> alerts = new ArrayList<>();

    private InventedBriefs(String id) {
        this.id = id;
    }

    /** Jan Novak, arrested in Lisbon, with consular access asked for and not yet granted. */
    public static InventedBriefs novak() {
        InventedBriefs b = new InventedBriefs("jan-novak");
        b.custody.add(item("arrested", "2021-03-03", "Lisbon", "detained"));
        b.outstanding.add(request("consular_access", "open"));
        return b;
    }

    public InventedBriefs asOf(String date) {
        asOf = date;
        return this;
    }

    public InventedBriefs status(String value, String caseValue) {
        status = value;
        caseStatus = caseValue;
        return this;
    }

    public InventedBriefs place(String value) {
        place = value;
        return this;
    }

    public InventedBriefs custody(String kind, String date, String where, String detail) {
        custody.add(item(kind, date, where, detail));
        return this;
    }

    public InventedBriefs withoutCustody(String kind) {
        custody.removeIf(i -> i.kind().equals(kind));
        return this;
    }

    public InventedBriefs visit(String date, String who) {
        diplomatic.add(new BriefItem("visit", date, "Lisbon Central Prison", who, null, null, "done", null, 1,
                "r", List.of("F" + date), List.of(1)));
        return this;
    }

    /** The consular access request granted: no longer outstanding, closed. */
    public InventedBriefs accessGranted() {
        outstanding.removeIf(r -> r.kind().equals("consular_access"));
        closed.add(request("consular_access", "granted"));
        return this;
    }

    public InventedBriefs transferRequested() {
        outstanding.add(new RequestItem("transfer", "Czech embassy", null, null, "open", "2021-06-01", "2021-06-01",
                10L, "r", List.of("Ftransfer"), List.of(1)));
        return this;
    }

    public InventedBriefs alert(String code, String severity, String message, String fact) {
        alerts.add(new Alert(code, severity, message, "r", List.of(fact), List.of(1)));
        return this;
    }

    public InventedBriefs withoutAlerts() {
        alerts.clear();
        return this;
    }

    public Brief build() {
        return new Brief(Brief.SCHEMA, new PersonSummary(id, "Jan Novak", "Czech", List.of("Novak")), asOf,
                new Derived(status, "r", List.of(), List.of()),
                place == null ? null : new CurrentPlace(place, asOf, "r", List.of(), List.of(1)),
                List.of(), List.copyOf(custody), List.of(), null, List.copyOf(diplomatic), null,
                List.copyOf(outstanding), List.copyOf(closed), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.copyOf(alerts), List.of(), null, new Derived(caseStatus, "r", List.of(), List.of()), null);
    }

    private static BriefItem item(String kind, String date, String where, String detail) {
        return new BriefItem(kind, date, where, null, null, null, null, detail, 1, "r", List.of("F" + kind + date),
                List.of(1));
    }

    private static RequestItem request(String kind, String status) {
        return new RequestItem(kind, "Czech embassy", "Portugal", null, status, "2021-03-04", "2021-03-04",
                status.equals("open") ? 1L : null, "r", List.of("Faccess"), List.of(1));
    }
}
