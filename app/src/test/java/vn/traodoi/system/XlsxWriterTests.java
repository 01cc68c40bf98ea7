package vn.traodoi.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxWriterTests {

    @Test
    void writesTypedCellsUnderABoldFrozenHeader() throws Exception {
        byte[] file = XlsxWriter.xlsx("Đoàn công tác", List.of(
                List.of("ma", "tu_ngay", "thoi_gian", "ten"),
                Arrays.asList(7L, LocalDate.of(2022, 7, 21), "tháng 12/2022", "=HYPERLINK(\"x\")"),
                Arrays.asList(8L, null, null, "Đoàn, có dấu phẩy")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheet("Đoàn công tác");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("tu_ngay");

            var id = sheet.getRow(1).getCell(0);
            assertThat(id.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(id.getNumericCellValue()).isEqualTo(7.0);
            assertThat(new DataFormatter().formatCellValue(id)).isEqualTo("7");

            var day = sheet.getRow(1).getCell(1);
            assertThat(day.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(day)).isTrue();
            assertThat(day.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate())
                    .isEqualTo(LocalDate.of(2022, 7, 21));
            assertThat(new DataFormatter().formatCellValue(day)).isEqualTo("21/07/2022");

            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("tháng 12/2022");
            var formula = sheet.getRow(1).getCell(3);
            assertThat(formula.getCellType()).as("text is never a formula").isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(sheet.getRow(2).getCell(1)).as("nothing known, nothing written").isNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }
}
