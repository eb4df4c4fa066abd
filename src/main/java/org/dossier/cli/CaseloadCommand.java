package org.dossier.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.caseload.Caseload;
import org.dossier.caseload.CaseloadCsv;
import org.dossier.caseload.WrittenBriefs;
import org.dossier.render.CaseloadPdf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier caseload}: every detainee at a glance, from the briefs the last run wrote. */
@Command(name = "caseload", mixinStandardHelpOptions = true,
        description = "Write OUTPUT/caseload.csv and OUTPUT/caseload.pdf: one row per detainee (status, days in custody, "
                + "since the last visit and report, oldest open request, projected release, alerts), from the briefs "
                + "of the last generate.")
public class CaseloadCommand implements Callable<Integer> {

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "Output folder holding the briefs, where caseload.csv and caseload.pdf are written (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() {
        Caseload caseload;
        Path file = output.resolve(Caseload.CSV_FILE);
        Path pdf = output.resolve(CaseloadPdf.FILE);
        try {
            caseload = Caseload.of(WrittenBriefs.read(output));
            CaseloadCsv.write(caseload, file);
            new CaseloadPdf().write(caseload, pdf);
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        System.out.printf("%d detainees, counted to %s -> %s, %s%n", caseload.rows().size(),
                caseload.asOf() == null ? "no date" : caseload.asOf(), file, pdf);
        return 0;
    }
}
