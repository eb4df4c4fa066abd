package org.dossier.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.io.AtomicFiles;

/**
 * What WordNet answered in earlier runs about whether a noun names a person ({@link PersonNouns}),
 * kept in a file (the output's {@code cache/person-nouns.tsv}): loading WordNet takes about a
 * second, and a run that asks only about nouns asked before need not load it. The file is
 * headed by a fingerprint of the question (the code of {@link PersonNouns} and the WordNet
 * jars); answers under another fingerprint, or a file that cannot be read, are not used.
 */
public final class PersonNounAnswers {

    private static final String FORMAT = "# dossier person nouns 1 ";
    private static final String FINGERPRINT = fingerprint();

    private PersonNounAnswers() {
    }

    /** Takes the answers kept in {@code file}, if any; returns how many were taken. */
    public static int recall(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return 0;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(FORMAT + FINGERPRINT)) {
                return 0;
            }
            Map<String, Boolean> answers = new TreeMap<>();
            for (String line : lines.subList(1, lines.size())) {
                int tab = line.lastIndexOf('\t');
                String answer = tab < 0 ? "" : line.substring(tab + 1);
                if (!answer.equals("1") && !answer.equals("0")) {
                    return 0; // not a file this class wrote whole
                }
                answers.put(line.substring(0, tab), answer.equals("1"));
            }
            answers.forEach(PersonNouns::remember);
            return answers.size();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Writes every answer known now to {@code file} (whole or not at all), unless it holds them all already. */
    public static void keep(Path file, int recalled) {
        Map<String, Boolean> known = new TreeMap<>(PersonNouns.known());
        if (known.size() <= recalled) {
            return;
        }
        StringBuilder text = new StringBuilder(FORMAT).append(FINGERPRINT).append('\n');
        known.forEach((noun, person) -> text.append(noun).append('\t').append(person ? '1' : '0').append('\n'));
        try {
            AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // asked of WordNet again next time
        }
    }

    private static String fingerprint() {
        try (InputStream code = PersonNouns.class.getResourceAsStream("PersonNouns.class")) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(code == null ? new byte[0] : code.readAllBytes());
            for (String jar : PersonNouns.wordNetSources()) {
                sha.update(jar.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return "unknown " + System.nanoTime(); // matches no file
        }
    }
}
