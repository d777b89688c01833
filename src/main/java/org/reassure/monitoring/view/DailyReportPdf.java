package org.reassure.monitoring.view;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.reassure.monitoring.OsceCategory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The daily report as a PDF (OpenPDF), in the reader's language. Text is set in DejaVu Sans, embedded, when Debian's
 * fonts-dejavu-core is installed; otherwise in Helvetica with the WinAnsi encoding, which also covers French accents.
 */
@Component
public class DailyReportPdf {

    private static final Path DEBIAN_DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");
    private static final OsceCategory[] VIOLATIONS = { OsceCategory.EXPLOSIONS, OsceCategory.PROJECTILES_IN_FLIGHT, OsceCategory.MUZZLE_FLASHES,
            OsceCategory.ILLUMINATION_FLARES, OsceCategory.BURSTS_AND_SHOTS };

    private final MessageSource messages;
    private final Path dejaVu;

    @Autowired
    DailyReportPdf(MessageSource messages) {
        this(messages, DEBIAN_DEJAVU);
    }

    /** With DejaVu looked for in {@code dejaVu}. */
    DailyReportPdf(MessageSource messages, Path dejaVu) {
        this.messages = messages;
        this.dejaVu = dejaVu;
    }

    public byte[] render(DailyReport report, Locale locale) {
        Text text = new Text(messages, locale);
        Font title = new Font(font("DejaVuSans-Bold.ttf", BaseFont.HELVETICA_BOLD), 15);
        Font heading = new Font(font("DejaVuSans-Bold.ttf", BaseFont.HELVETICA_BOLD), 11);
        Font body = new Font(font("DejaVuSans.ttf", BaseFont.HELVETICA), 8.5f);
        Font bold = new Font(font("DejaVuSans-Bold.ttf", BaseFont.HELVETICA_BOLD), 8.5f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(text.get("daily.heading", text.date(report)));
            document.open();
            document.add(new Paragraph(text.get("daily.heading", text.date(report)), title));
            String statuses = report.counted().stream().sorted().map(s -> text.get("status." + s)).collect(Collectors.joining(", "));
            document.add(new Paragraph(text.get("daily.basis", statuses), body));
            if (report.syntheticGeography()) {
                document.add(new Paragraph(text.get("daily.synthetic"), body));
            }
            document.add(section(text.get("daily.summary"), heading));
            PdfPTable summary = table(new float[] { 3, 1 }, bold, text.get("daily.category"), text.get("daily.count"));
            for (OsceCategory category : VIOLATIONS) {
                row(summary, body, text.get("osce." + category), Integer.toString(report.count(category)));
            }
            row(summary, bold, text.get("daily.violations"), Integer.toString(report.violations()));
            row(summary, body, text.get("osce." + OsceCategory.OTHER_OBSERVATIONS), Integer.toString(report.count(OsceCategory.OTHER_OBSERVATIONS)));
            summary.setWidthPercentage(55);
            summary.setHorizontalAlignment(Element.ALIGN_LEFT);
            document.add(summary);
            document.add(section(text.get("daily.byOblast"), heading));
            document.add(areas(report.oblasts(), text.get("daily.oblast"), text, body, bold));
            document.add(section(text.get("daily.bySector"), heading));
            document.add(areas(report.sectors(), text.get("daily.sector"), text, body, bold));
            document.add(section(text.get("daily.notable"), heading));
            if (report.notable().isEmpty()) {
                document.add(new Paragraph(text.get("daily.noNotable"), body));
            }
            else {
                document.add(notable(report.notable(), text, body, bold));
            }
            document.close();
        }
        catch (DocumentException e) {
            throw new IllegalStateException("the daily report PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable areas(List<DailyReport.Area> areas, String areaHeader, Text text, Font body, Font bold) {
        String[] headers = new String[VIOLATIONS.length + 3];
        headers[0] = areaHeader;
        for (int i = 0; i < VIOLATIONS.length; i++) {
            headers[i + 1] = text.get("osce." + VIOLATIONS[i]);
        }
        headers[VIOLATIONS.length + 1] = text.get("daily.violations");
        headers[VIOLATIONS.length + 2] = text.get("osce." + OsceCategory.OTHER_OBSERVATIONS);
        PdfPTable table = table(new float[] { 2.2f, 1, 1, 1, 1, 1, 1.1f, 1.1f }, bold, headers);
        for (DailyReport.Area area : areas) {
            String[] cells = new String[headers.length];
            cells[0] = area.name();
            for (int i = 0; i < VIOLATIONS.length; i++) {
                cells[i + 1] = Integer.toString(area.count(VIOLATIONS[i]));
            }
            cells[VIOLATIONS.length + 1] = Integer.toString(area.violations());
            cells[VIOLATIONS.length + 2] = Integer.toString(area.count(OsceCategory.OTHER_OBSERVATIONS));
            row(table, body, cells);
        }
        return table;
    }

    private static PdfPTable notable(List<IncidentView> incidents, Text text, Font body, Font bold) {
        PdfPTable table = table(new float[] { 1, 2.2f, 1.4f, 1.6f, 0.8f, 1, 0.9f, 0.9f }, bold, text.get("daily.time"), text.get("daily.category"),
                text.get("daily.status"), text.get("daily.oblast"), text.get("daily.sector"), text.get("daily.distance"), text.get("daily.reports"),
                text.get("daily.sources"));
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
        for (IncidentView incident : incidents) {
            row(table, body, time.format(incident.firstObserved()), text.get("category." + incident.category()),
                    text.get("status." + incident.status()), incident.oblast().displayName(), incident.sectorLabel(),
                    String.format(text.locale(), "%.1f", incident.distanceKm()), Integer.toString(incident.reportCount()),
                    Integer.toString(incident.independentSources()));
        }
        return table;
    }

    private static Paragraph section(String title, Font font) {
        Paragraph paragraph = new Paragraph(title, font);
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(5);
        return paragraph;
    }

    private static PdfPTable table(float[] widths, Font font, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, font));
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        return table;
    }

    private static void row(PdfPTable table, Font font, String... cells) {
        for (String cell : cells) {
            table.addCell(new PdfPCell(new Phrase(cell, font)));
        }
    }

    private BaseFont font(String dejaVuFile, String builtIn) {
        Path file = dejaVu.resolve(dejaVuFile);
        try {
            if (Files.isReadable(file)) {
                return BaseFont.createFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            }
            return BaseFont.createFont(builtIn, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Messages in one language. */
    private record Text(MessageSource messages, Locale locale) {

        String get(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }

        String date(DailyReport report) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(report.date());
        }
    }
}
