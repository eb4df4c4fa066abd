package org.dossier.ingest;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses an article that is not in English, the only language the extraction rules read (an
 * article in Russian would give nonsense facts). The detector (optimaize language-detector) knows
 * only the languages news about detainees abroad most often comes in, which keeps it small
 * (17 character n-gram profiles, ~15 MB). Loading it takes a second or more, so a text that is
 * plainly English (a fifth of its words or more are English function words such as "the",
 * "was", "said"; English news has 25-35%, other languages under 15%) is let through without it.
 */
final class LanguageCheck {

    static final List<String> KNOWN = List.of("en", "ru", "uk", "be", "fr", "de", "es", "pt", "it", "nl", "pl",
            "tr", "ar", "fa", "zh-CN", "ja", "ko");

    /** Below this, a text is too short to tell its language for sure, and is let through. */
    private static final int MIN_CHARS = 80;
    /** How sure the detector must be before an article is refused. */
    private static final double SURE = 0.9;

    private static volatile LanguageCheck shared;

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "in", "was", "is", "that",
            "for", "on", "with", "his", "her", "he", "she", "it", "by", "said", "has", "had", "were", "from", "at",
            "have", "be", "this", "an", "are", "who", "which", "not", "their", "they", "been", "after", "will", "would");
    private static final double PLAINLY_ENGLISH = 0.2;

    private TextObjectFactory texts;
    private LanguageDetector detector;

    private LanguageCheck() {
    }

    private synchronized LanguageDetector detector() {
        if (detector == null) {
            texts = CommonTextObjectFactories.forDetectingOnLargeText();
            try {
                detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().read(KNOWN))
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException("the language profiles do not load", e);
            }
        }
        return detector;
    }

    private static boolean plainlyEnglish(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        long function = Arrays.stream(words).filter(FUNCTION_WORDS::contains).count();
        return function >= PLAINLY_ENGLISH * words.length;
    }

    /** One check per JVM; its detector is loaded on first need. */
    static LanguageCheck shared() {
        if (shared == null) {
            synchronized (LanguageCheck.class) {
                if (shared == null) {
                    shared = new LanguageCheck();
                }
            }
        }
        return shared;
    }

    /** The language of {@code text} (ISO 639-1, "ru"), or "en" when it is English or cannot be told for sure. */
    String languageOf(String text) {
        if (text.strip().length() < MIN_CHARS || plainlyEnglish(text)) {
            return "en";
        }
        return detected(text);
    }

    /** What the detector makes of {@code text}, without the shortcut for plain English. */
    String detected(String text) {
        LanguageDetector loaded = detector();
        List<DetectedLanguage> found = loaded.getProbabilities(texts.forText(text));
        if (found.isEmpty() || found.get(0).getProbability() < SURE) {
            return "en";
        }
        return found.get(0).getLocale().getLanguage();
    }

    void require(Path file, String text) throws IngestException {
        String language = languageOf(text);
        if (!language.equals("en")) {
            String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
            throw new IngestException(file, "language " + language + " (" + name + ") not supported; only English "
                    + "articles are read (skipped)");
        }
    }
}
