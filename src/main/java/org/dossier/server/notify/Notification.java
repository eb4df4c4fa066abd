package org.dossier.server.notify;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.dossier.brief.Alert;

/**
 * What a subscriber is told of one change of one brief: the body of a webhook POST, and the
 * content of an e-mail.
 *
 * @param id      the message id, the same each time this message is sent (receivers may drop repeats by it)
 * @param change  status, place, alert, facts or new_brief
 * @param from    the status or place before (status and place)
 * @param to      the status or place now (status and place)
 * @param alert   the new alert (alert)
 * @param items   the new lines in the histories (facts)
 * @param brief   links to the brief, when the notifications file gives baseUrl
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Notification(String id, String event, String change, String summary, Person person, String asOf,
                           String from, String to, Alert alert, List<String> items, Links brief, Instant created) {

    public static final String EVENT = "brief.changed";

    public record Person(String id, String name) {
    }

    public record Links(String pdf, String json) {
    }
}
