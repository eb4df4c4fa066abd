package org.dossier.extract;

/**
 * What the extraction rules decided a sentence reports: a fact of a type and kind about a
 * detained person, anchored at a trigger phrase. The slots (place, date, actor ...) are filled
 * afterwards from the sentence around the trigger.
 */
public record Event(String type, String kind, String person, PhraseMatch trigger, String status,
                    String rule) {

    public Event withStatus(String newStatus) {
        return new Event(type, kind, person, trigger, newStatus, rule);
    }

    public Event withKind(String newKind) {
        return new Event(type, newKind, person, trigger, status, rule);
    }
}
