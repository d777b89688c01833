package org.reassure.monitoring.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reassure.monitoring.IncidentStatus;
import org.reassure.monitoring.OsceCategory;
import org.springframework.context.support.ResourceBundleMessageSource;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * The PDF keeps French accents whichever font it is set in: DejaVu embedded, or Helvetica with WinAnsi where Debian's
 * fonts are not installed.
 */
class DailyReportPdfTest {

    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");

    @Test
    void withoutDejaVuHelveticaWinAnsiKeepsTheAccents() throws Exception {
        String text = text(new DailyReportPdf(messages(), Path.of("/nonexistent-fonts")).render(report(), Locale.FRENCH));
        assertThat(text).contains("Rapport quotidien sur le cessez-le-feu, 1 mars 2026", "Fusées éclairantes", "Éclairs de tir",
                "Rafales et tirs isolés", "Synthèse", "Aucun incident corroboré ce jour.");
    }

    @Test
    void withDejaVuEmbeddedTheAccentsSurviveToo() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(DEJAVU.resolve("DejaVuSans.ttf")), "fonts-dejavu-core is not installed");
        byte[] pdf = new DailyReportPdf(messages(), DEJAVU).render(report(), Locale.FRENCH);
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("DejaVuSans");
        assertThat(text(pdf)).contains("Fusées éclairantes", "Éclairs de tir", "Violations du cessez-le-feu");
    }

    private static DailyReport report() {
        Map<OsceCategory, Integer> counts = DailyReport.zeroes();
        counts.put(OsceCategory.ILLUMINATION_FLARES, 2);
        Map<IncidentStatus, Integer> statuses = new EnumMap<>(IncidentStatus.class);
        statuses.put(IncidentStatus.NEW, 2);
        return new DailyReport(LocalDate.of(2026, 3, 1), Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z"),
                EnumSet.of(IncidentStatus.NEW, IncidentStatus.CORROBORATED, IncidentStatus.VERIFIED), 2, counts, statuses,
                List.of(new DailyReport.Area("Zaporizhzhia", counts, 2)), List.of(new DailyReport.Area("S09", counts, 2)), List.of(), true);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/monitoring");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        }
        finally {
            reader.close();
        }
    }
}
