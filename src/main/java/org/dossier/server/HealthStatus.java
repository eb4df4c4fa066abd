package org.dossier.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.dossier.server.notify.NotificationStatus;

/**
 * What {@code GET /health} reports.
 *
 * @param status           ok, or degraded when the rules or the last regeneration failed
 * @param rulesVersion     hash of the rules folder the briefs are made with (the last good rules)
 * @param lastRegeneration the last regeneration, or null before the first one ended
 * @param lastRulesError   the first problem of rules that were rejected ("file:line:column: message"),
 *                         or null while the rules folder is good
 * @param rulesErrors      every problem of the rejected rules
 * @param regenerations    how many regenerations ran since start
 * @param feeds            the last round over the feeds (its problems, one line each), or null when no
 *                         feeds are followed
 * @param notifications    messages pending and the subscriptions failing, or null without {@code --notify}
 */
public record HealthStatus(String status, String rulesVersion, Regeneration lastRegeneration,
                           String lastRulesError, List<String> rulesErrors, boolean regenerating,
                           int regenerations, @JsonInclude(JsonInclude.Include.NON_NULL) FeedRounds.Status feeds,
                           @JsonInclude(JsonInclude.Include.NON_NULL) NotificationStatus notifications) {

    public HealthStatus(String status, String rulesVersion, Regeneration lastRegeneration, String lastRulesError,
                        List<String> rulesErrors, boolean regenerating, int regenerations) {
        this(status, rulesVersion, lastRegeneration, lastRulesError, rulesErrors, regenerating, regenerations, null,
                null);
    }

    HealthStatus withFeeds(FeedRounds.Status feedStatus) {
        return new HealthStatus(status, rulesVersion, lastRegeneration, lastRulesError, rulesErrors, regenerating,
                regenerations, feedStatus, notifications);
    }

    HealthStatus withNotifications(NotificationStatus status) {
        return new HealthStatus(this.status, rulesVersion, lastRegeneration, lastRulesError, rulesErrors, regenerating,
                regenerations, feeds, status);
    }
}
