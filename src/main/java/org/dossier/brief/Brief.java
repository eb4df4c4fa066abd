package org.dossier.brief;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Everything known and derived about one detained person: the model the PDF is rendered from,
 * written as {@code output/<person-id>.json}. Every item is derived by a rule under
 * {@code rules/derive}; each names that rule and the facts it used (the audit trail), and cites
 * its evidence as numbers into {@link #sources()}.
 *
 * @param asOf              the newest date of an article that reports on this person
 * @param status            in_custody, released, exchanged or unknown
 * @param custodyHistory    places of custody in order, each from its arrival until the next move
 * @param custodyEvents     arrests, transfers, extraditions, releases and exchanges, in date order
 * @param legalHistory      charges, convictions, pleas, sentences and appeals, in date order
 * @param diplomaticActions visits, notes, letters, consultations, statements, calls, meetings
 * @param outstandingRequests requests with no later grant, refusal or withdrawal
 * @param closedRequests    requests granted, refused or withdrawn
 * @param conflicts         items where sources disagree
 * @param inferredDates     dates that were inferred rather than stated
 * @param alerts            the rules' judgement: things a reader should act on
 * @param changes           what is new or changed since the previous brief of this person
 * @param caseStatus        the case status in caseworkers' words (pretrial_detention, on_trial, ...),
 *                          with the rule and facts that decided it
 * @param counters          days in custody, since the last visit and report, of the oldest open request
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Brief(String schema, PersonSummary person, String asOf, Derived status,
                    CurrentPlace currentPlace, List<CustodyStay> custodyHistory,
                    List<BriefItem> custodyEvents, List<BriefItem> legalHistory,
                    SentenceSummary sentence, List<BriefItem> diplomaticActions,
                    LastVisit lastConsularVisit, List<RequestItem> outstandingRequests,
                    List<RequestItem> closedRequests, List<BriefItem> health,
                    List<BriefItem> conditions, List<BriefItem> contact,
                    List<Conflict> conflicts, List<InferredDate> inferredDates,
                    List<Alert> alerts, List<Source> sources, List<String> changes,
                    Derived caseStatus, CaseCounters counters) {

    public Brief(String schema, PersonSummary person, String asOf, Derived status, CurrentPlace currentPlace,
                 List<CustodyStay> custodyHistory, List<BriefItem> custodyEvents, List<BriefItem> legalHistory,
                 SentenceSummary sentence, List<BriefItem> diplomaticActions, LastVisit lastConsularVisit,
                 List<RequestItem> outstandingRequests, List<RequestItem> closedRequests, List<BriefItem> health,
                 List<BriefItem> conditions, List<BriefItem> contact, List<Conflict> conflicts,
                 List<InferredDate> inferredDates, List<Alert> alerts, List<Source> sources, List<String> changes) {
        this(schema, person, asOf, status, currentPlace, custodyHistory, custodyEvents, legalHistory, sentence,
                diplomaticActions, lastConsularVisit, outstandingRequests, closedRequests, health, conditions, contact,
                conflicts, inferredDates, alerts, sources, changes, null, null);
    }

    /** The same brief with its counters. */
    public Brief withCounters(CaseCounters newCounters) {
        return new Brief(schema, person, asOf, status, currentPlace, custodyHistory, custodyEvents, legalHistory,
                sentence, diplomaticActions, lastConsularVisit, outstandingRequests, closedRequests, health,
                conditions, contact, conflicts, inferredDates, alerts, sources, changes, caseStatus, newCounters);
    }

    public static final String SCHEMA = "dossier-brief/1";
}
