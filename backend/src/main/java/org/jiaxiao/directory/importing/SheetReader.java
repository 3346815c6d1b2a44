package org.jiaxiao.directory.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the first sheet of an XLSX file, or a CSV file, into rows of trimmed text. A CSV
 * file is UTF-8 (with or without the byte order mark) or, as Excel saves CSV on Chinese
 * Windows, GBK: bytes that are not valid UTF-8 are read as GBK.
 */
final class SheetReader {

	private static final Charset GBK = Charset.forName("GBK");

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private SheetReader() {
	}

	/** Rows of the file, the header first; blank rows at the end are dropped. */
	static List<List<String>> read(String fileName, byte[] bytes) throws IOException {
		List<List<String>> rows = isXlsx(bytes) ? readXlsx(bytes) : readCsv(bytes);
		while (!rows.isEmpty() && rows.get(rows.size() - 1).stream().allMatch(String::isEmpty)) {
			rows.remove(rows.size() - 1);
		}
		return rows;
	}

	/** By content, not by name: a CSV renamed .xlsx is still read. */
	private static boolean isXlsx(byte[] bytes) {
		if (bytes.length < ZIP_MAGIC.length) {
			return false;
		}
		for (int i = 0; i < ZIP_MAGIC.length; i++) {
			if (bytes[i] != ZIP_MAGIC[i]) {
				return false;
			}
		}
		return true;
	}

	private static List<List<String>> readXlsx(byte[] bytes) throws IOException {
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		List<List<String>> rows = new ArrayList<>();
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < row.getLastCellNum(); c++) {
						cells.add(text(row.getCell(c), formatter));
					}
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	/**
	 * A cell as the school sees it; a date cell as an ISO date, whatever its display
	 * format, so that 2015/3/1 and 2015-03-01 read the same.
	 */
	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		return formatter.formatCellValue(cell).trim();
	}

	private static List<List<String>> readCsv(byte[] bytes) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), charsetOf(bytes))) {
			for (CSVRecord record : CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get().parse(reader)) {
				List<String> cells = new ArrayList<>();
				record.forEach((cell) -> cells.add(cell.trim()));
				rows.add(cells);
			}
		}
		if (!rows.isEmpty() && !rows.get(0).isEmpty() && rows.get(0).get(0).startsWith("\uFEFF")) {
			rows.get(0).set(0, rows.get(0).get(0).substring(1));
		}
		return rows;
	}

	static Charset charsetOf(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return StandardCharsets.UTF_8;
		}
		catch (CharacterCodingException ex) {
			return GBK;
		}
	}

}
