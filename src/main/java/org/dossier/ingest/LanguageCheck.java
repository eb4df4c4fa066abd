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
import java.util.List;
import java.util.Locale;

/**
 * Refuses an article that is not in English, the only language the extraction rules read (an
 * article in Russian would give nonsense facts). The detector (optimaize language-detector) knows
 * only the languages news about detainees abroad most often comes in, which keeps it small
 * (about a dozen character n-gram profiles) and fast to load.
 */
final class LanguageCheck {

    static final List<String> KNOWN = List.of("en", "ru", "uk", "be", "fr", "de", "es", "pt", "it", "nl", "pl",
            "tr", "ar", "fa", "zh-CN", "ja", "ko");

    /** Below this, a text is too short to tell its language for sure, and is let through. */
    private static final int MIN_CHARS = 80;
    /** How sure the detector must be before an article is refused. */
    private static final double SURE = 0.9;

    private static volatile LanguageCheck shared;

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    private LanguageCheck() {
        try {
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().read(KNOWN))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("the language profiles do not load", e);
        }
    }

    /** One detector per JVM, loaded on first use. */
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
        if (text.strip().length() < MIN_CHARS) {
            return "en";
        }
        List<DetectedLanguage> found = detector.getProbabilities(texts.forText(text));
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
