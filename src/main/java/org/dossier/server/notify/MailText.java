package org.dossier.server.notify;

/** The subject and text of a notification e-mail. */
final class MailText {

    private MailText() {
    }

    static String subject(Notification n) {
        return "[Dossier] " + n.person().name() + ": " + stripDot(n.summary());
    }

    static String body(Notification n) {
        StringBuilder text = new StringBuilder();
        text.append(n.person().name()).append(" (").append(n.person().id()).append(")\n\n");
        text.append(n.summary()).append('\n');
        if (n.alert() != null && n.alert().rule() != null) {
            text.append("Rule: ").append(n.alert().rule()).append('\n');
        }
        if (n.items() != null) {
            n.items().forEach(item -> text.append("  - ").append(item).append('\n'));
        }
        if (n.asOf() != null) {
            text.append("\nThe brief's newest article is of ").append(n.asOf()).append(".\n");
        }
        if (n.brief() != null) {
            text.append("\nBrief: ").append(n.brief().pdf()).append('\n');
        }
        text.append("\n-- \nDossier, message ").append(n.id()).append('\n');
        return text.toString();
    }

    private static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
