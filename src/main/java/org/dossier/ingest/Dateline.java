package org.dossier.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline glued to the front of an article's first sentence, split off it.
 *
 * <p>Three shapes are recognised, each starting with the place in capitals:
 * <ul>
 *   <li>{@code BUTNER (UrduPoint News / Sputnik - 15th November, 2022) Russian ...},
 *       {@code WASHINGTON (AP) — The ...} or {@code MOSCOW, Nov 5 (Reuters) - The ...}:
 *       outlet in brackets, and maybe a date;</li>
 *   <li>{@code BUTNER /North Carolina/, November 15. /TASS/. The ...}: region and outlet
 *       between slashes, the date between them;</li>
 *   <li>{@code KHIMKI, Russia — A court ...} or {@code TBILISI, November 4 – A court ...}: a place,
 *       maybe a region or a date, and a dash;</li>
 *   <li>{@code (MENAFN) The ...}: an outlet in brackets with no place before it.</li>
 * </ul>
 *
 * @param place  the place in capitals ("BUTNER"), without its region, or null
 * @param outlet the outlet named in the dateline, or null
 * @param date   the date named in the dateline, or null
 * @param rest   the first sentence without the dateline (empty when the dateline stands alone)
 */
record Dateline(String place, String outlet, PartialDate date, String rest) {

    private static final String PLACE = "([A-Z][A-Z'’.-]+(?:\\s+[A-Z][A-Z'’.-]+)*)";
    // hyphen, figure dash, en dash, em dash, horizontal bar (some Asian outlets)
    private static final String DASH = "(?:--|[-‒–—―])";
    /** The sentence after a dateline starts like a sentence, which tells "UN (United Nations) said" apart. */
    private static final String REST = "((?:[\\p{Lu}\\d\"“'‘].*)?)";

    private static final Pattern BRACKETED = Pattern.compile(
            PLACE + "(?:,\\s*([^()‒–—―]+?))?\\s*\\(([^()]+)\\)\\s*(?:" + DASH + "\\s*)?" + REST);
    private static final Pattern OUTLET_AND_DATE = Pattern.compile("(.+?)\\s+" + DASH + "\\s+(.+)");
    private static final Pattern SLASHED = Pattern.compile(
            PLACE + "(?:\\s*/[^/]+/)?,\\s*([^/]+?)\\.\\s*/([^/]+)/\\.?\\s*" + REST);
    private static final Pattern OUTLET_ONLY = Pattern.compile(
            "\\((\\p{Lu}[^()]{1,40})\\)\\s*(?:" + DASH + "\\s*)?" + REST);
    private static final Pattern DASHED = Pattern.compile(
            PLACE + "(?:,\\s*([A-Z][\\w.]*(?:\\s+[\\w.]+)*?))?\\s+" + DASH + "\\s*" + REST);

    /** The dateline at the start of {@code line}, if it has one. */
    static Optional<Dateline> split(String line) {
        return bracketed(line).or(() -> slashed(line)).or(() -> dashed(line)).or(() -> outletOnly(line));
    }

    private static Optional<Dateline> outletOnly(String line) {
        Matcher m = OUTLET_ONLY.matcher(line);
        return m.matches() ? Optional.of(new Dateline(null, m.group(1).strip(), null, m.group(2))) : Optional.empty();
    }

    private static Optional<Dateline> bracketed(String line) {
        Matcher m = BRACKETED.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        // Between place and bracket may stand a date or a region: "MOSCOW, Nov 5 (Reuters) -".
        PartialDate date = m.group(2) == null ? null : DatePhrases.parse(m.group(2)).orElse(null);
        String inside = m.group(3).strip();
        Matcher parts = OUTLET_AND_DATE.matcher(inside);
        if (parts.matches()) {
            Optional<PartialDate> insideDate = DatePhrases.parse(parts.group(2));
            if (insideDate.isPresent()) {
                return Optional.of(new Dateline(m.group(1), parts.group(1), insideDate.get(), m.group(4)));
            }
        }
        return Optional.of(new Dateline(m.group(1), inside, date, m.group(4)));
    }

    private static Optional<Dateline> slashed(String line) {
        Matcher m = SLASHED.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        PartialDate date = DatePhrases.parse(m.group(2)).orElse(null);
        return Optional.of(new Dateline(m.group(1), m.group(3).strip(), date, m.group(4)));
    }

    /** After the place may stand a region or a date: "KHIMKI, Russia —", "TBILISI, November 4 –". */
    private static Optional<Dateline> dashed(String line) {
        Matcher m = DASHED.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        PartialDate date = m.group(2) == null ? null : DatePhrases.parse(m.group(2)).orElse(null);
        return Optional.of(new Dateline(m.group(1), null, date, m.group(3)));
    }
}
