package org.dossier.brief.derive;

/**
 * One line of {@code rules/derive/settings.properties}, such as a threshold for an alert.
 *
 * @param number the value as a whole number, or null when it is not one
 */
public record Setting(String name, String value, Long number) {

    public static Setting of(String name, String value) {
        Long n;
        try {
            n = Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            n = null;
        }
        return new Setting(name.trim(), value.trim(), n);
    }
}
