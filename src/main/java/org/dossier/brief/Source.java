package org.dossier.brief;

/** A numbered piece of evidence cited by the brief's items: the sentence and where it comes from. */
public record Source(int number, String article, String outlet, String date, int sentence,
                     String quote) {
}
