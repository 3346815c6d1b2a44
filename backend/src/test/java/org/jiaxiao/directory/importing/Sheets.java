package org.jiaxiao.directory.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Files as schools write them, for the import tests. */
final class Sheets {

	private Sheets() {
	}

	static byte[] xlsx(List<String> headers, List<List<String>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("学生");
			write(sheet.createRow(0), headers);
			for (int i = 0; i < rows.size(); i++) {
				write(sheet.createRow(i + 1), rows.get(i));
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void write(Row row, List<String> cells) {
		for (int c = 0; c < cells.size(); c++) {
			row.createCell(c).setCellValue(cells.get(c));
		}
	}

	static byte[] csv(List<String> headers, List<List<String>> rows, Charset charset, boolean bom) {
		String text = String.join(",", headers) + "\r\n"
				+ rows.stream().map((row) -> String.join(",", row)).collect(Collectors.joining("\r\n")) + "\r\n";
		byte[] body = text.getBytes(charset);
		if (!bom) {
			return body;
		}
		byte[] marked = new byte[body.length + 3];
		marked[0] = (byte) 0xEF;
		marked[1] = (byte) 0xBB;
		marked[2] = (byte) 0xBF;
		System.arraycopy(body, 0, marked, 3, body.length);
		return marked;
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
