package org.jiaxiao.analytics;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.jiaxiao.analytics.CellSuppression.Cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiaxiao.analytics.Suppression.COMPLEMENTARY;
import static org.jiaxiao.analytics.Suppression.SMALL_GROUP;

/**
 * The suppression and rounding rules on their own: k − 1 and k, complementary cells,
 * lines in two dimensions, rounding and withheld figures.
 */
class CellSuppressionTest {

	private static final int K = 10;

	@Test
	void kMinusOneStudentsAreSuppressedAndKAreShown() {
		assertThat(CellSuppression.apply(List.of(cell(9, "a")), K)).containsExactly(SMALL_GROUP);
		assertThat(CellSuppression.apply(List.of(cell(10, "a")), K)).containsExactly((Suppression) null);
	}

	@Test
	void aLoneSuppressedCellTakesTheSmallestShownCellOfItsLineWithIt() {
		var result = CellSuppression.apply(List.of(cell(40, "a"), cell(12, "b"), cell(3, "c"), cell(15, "d")), K);
		assertThat(result).containsExactly(null, COMPLEMENTARY, SMALL_GROUP, null);
	}

	@Test
	void twoSuppressedCellsNeedNoMore() {
		var result = CellSuppression.apply(List.of(cell(40, "a"), cell(2, "b"), cell(3, "c")), K);
		assertThat(result).containsExactly(null, SMALL_GROUP, SMALL_GROUP);
	}

	@Test
	void everyLineOfATwoDimensionalTableIsProtectedUntilNothingChanges() {
		// grade × form: (1, PHONE) is small. Its row (grade 1) and its column (PHONE)
		// each
		// need a second suppressed cell, and those in turn protect their own lines.
		List<Cell> cells = List.of(cell(3, "1", "PHONE"), cell(20, "1", "VISIT"), cell(30, "1", "BOOK"),
				cell(25, "2", "PHONE"), cell(40, "2", "VISIT"), cell(35, "2", "BOOK"));
		var result = CellSuppression.apply(cells, K);
		assertThat(result.get(0)).isEqualTo(SMALL_GROUP);
		for (int dimension = 0; dimension < 2; dimension++) {
			for (String value : List.of("1", "2", "PHONE", "VISIT", "BOOK")) {
				int fixed = dimension;
				long suppressedInLine = java.util.stream.IntStream.range(0, cells.size())
					.filter((i) -> cells.get(i).keys().get(fixed).equals(value))
					.filter((i) -> result.get(i) != null)
					.count();
				assertThat(suppressedInLine).as("line %s", value).isNotEqualTo(1);
			}
		}
		assertThat(result).containsOnlyOnce(SMALL_GROUP);
	}

	@Test
	void everyCountIsRoundedToTheNearestFiveHalvesUp() {
		Disclosure disclosure = new Disclosure(K, 5);
		assertThat(disclosure.round(26)).isEqualTo(25);
		assertThat(disclosure.round(27)).isEqualTo(25);
		assertThat(disclosure.round(28)).isEqualTo(30);
		assertThat(disclosure.round(12)).isEqualTo(10);
		assertThat(disclosure.round(0)).isZero();
	}

	@Test
	void aFigureAboutFewerThanKStudentsIsWithheld() {
		Disclosure disclosure = new Disclosure(K, 5);
		assertThat(disclosure.count(7, 7)).isNull();
		// None reads like a few, so a withheld figure does not tell them apart.
		assertThat(disclosure.count(0, 0)).isNull();
		assertThat(disclosure.count(12, 10)).isEqualTo(10);
		// A share from the rounded counts says no more than they do: 7 of 12 reads as 5
		// of 10.
		assertThat(disclosure.percent(7, 12)).isEqualTo(50.0);
	}

	@Test
	void aQueryOverTheTimeLimitIsStopped() {
		AnalyticsProperties properties = new AnalyticsProperties(10, 1000, null, Duration.ofMillis(100), null, 1, 5);
		AnalyticsService service = new AnalyticsService(null, null, null, properties, Clock.systemUTC());
		try {
			assertThatThrownBy(() -> service.run(() -> {
				Thread.sleep(5000);
				return 1;
			})).isInstanceOfSatisfying(AnalyticsException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(AnalyticsException.TIMEOUT));
			assertThat(service.run(() -> 42)).isEqualTo(42);
		}
		finally {
			service.destroy();
		}
	}

	private static Cell cell(int students, String... keys) {
		return new Cell(List.of(keys), students);
	}

}
