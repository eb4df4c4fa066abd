package org.dossier.render;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Validates a PDF with veraPDF against a profile (PDF/UA-1, PDF/A-2u) and lists what failed. */
final class PdfValidation {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfValidation() {
    }

    /** One line per failed rule ("7.1-3: message (n times)"); empty when the document is compliant. */
    static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return List.of();
            }
            return result.getFailedChecks().entrySet().stream()
                    .map(e -> e.getKey().getClause() + "-" + e.getKey().getTestNumber() + ": "
                            + message(result, e.getKey()) + " (" + e.getValue() + " times)")
                    .sorted().toList();
        }
    }

    private static String message(ValidationResult result, Object ruleId) {
        return result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED && a.getRuleId().equals(ruleId))
                .map(a -> a.getMessage() + " @ " + a.getLocation().getContext())
                .findFirst().orElse("");
    }
}
