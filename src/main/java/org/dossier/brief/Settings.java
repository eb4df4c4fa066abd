package org.dossier.brief;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.dossier.brief.derive.Setting;

/**
 * The thresholds and other values the derivation rules read, from
 * {@code rules/derive/settings.properties}. The rules see each line as a {@link Setting} fact,
 * so a threshold changes with an edit of that file, not of Java.
 */
public final class Settings {

    public static final String FILE = "settings.properties";

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static Settings empty() {
        return new Settings(Map.of());
    }

    public static Settings of(Map<String, String> values) {
        return new Settings(values);
    }

    /** Reads a properties file (UTF-8); a missing file gives empty settings. */
    public static Settings load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> map = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k.trim(), p.getProperty(k).trim()));
        return new Settings(map);
    }

    /** These settings with some values replaced or added. */
    public Settings with(Map<String, String> overrides) {
        Map<String, String> map = new LinkedHashMap<>(values);
        map.putAll(overrides);
        return new Settings(map);
    }

    public String get(String name) {
        return values.get(name);
    }

    public Map<String, String> asMap() {
        return new TreeMap<>(values);
    }

    /** Each setting as a fact for the rules, in name order. */
    public List<Setting> asFacts() {
        List<Setting> out = new ArrayList<>();
        asMap().forEach((k, v) -> out.add(Setting.of(k, v)));
        return out;
    }
}
