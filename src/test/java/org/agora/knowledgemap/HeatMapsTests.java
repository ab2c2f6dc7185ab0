package org.agora.knowledgemap;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The heat maps' numbers on hand-built sets, with known answers per cell, and the scales moving a cell. */
class HeatMapsTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	private static final MapViewsScope.Unit LAB = new MapViewsScope.Unit(1, "Water Quality Laboratory");

	private static final MapViewsScope.Unit LEAKS = new MapViewsScope.Unit(2, "Leak Detection");

	private static final HeatRisks.Area CHLORINE = new HeatRisks.Area(10, "Chlorine dosing");

	private static final HeatRisks.Area ACOUSTICS = new HeatRisks.Area(20, "Acoustic leak detection");

	private static final HeatRisks.Area SCADA = new HeatRisks.Area(30, "SCADA alarms");

	private static HeatRisks.Holder holder(HeatRisks.Area area, MapViewsScope.Unit unit, LocalDate leaves, int position) {
		return new HeatRisks.Holder(area.id(), unit.id(), leaves, position, false, false);
	}

	private static HeatRisks.RiskMap map(MapScales scales, List<HeatRisks.Holder> holders) {
		return HeatRisks.compute(scales, TODAY, List.of(CHLORINE, ACOUSTICS, SCADA), List.of(LAB, LEAKS),
				Set.of(List.of(10L, 1L), List.of(20L, 2L), List.of(30L, 1L), List.of(30L, 2L)), holders);
	}

	private static HeatRisks.Cell cell(HeatRisks.RiskMap map, HeatRisks.Area area, MapViewsScope.Unit unit) {
		var row = map.areas().stream().filter(a -> a.areaId() == area.id()).findFirst().orElseThrow();
		return row.cells().stream().filter(c -> c.unitId() == unit.id()).findFirst().orElseThrow();
	}

	private static HeatRisks.AreaRow row(HeatRisks.RiskMap map, HeatRisks.Area area) {
		return map.areas().stream().filter(a -> a.areaId() == area.id()).findFirst().orElseThrow();
	}

	@Test
	void needsAreCountedPerImportanceAndScarcityWithTheRowsFromThreeDown() {
		int[][] counts = new int[4][4];
		counts[3][3] = 6;
		counts[3][1] = 2;
		counts[2][2] = 3;
		counts[1][3] = 1;
		var grid = HeatMaps.grid(counts);

		assertThat(grid.rows()).extracting(HeatMaps.Row::importance).containsExactly(3, 2, 1);
		assertThat(grid.rows().get(0).cells()).extracting(HeatMaps.Cell::scarcity).containsExactly(1, 2, 3);
		assertThat(grid.rows().get(0).cells()).extracting(HeatMaps.Cell::count).containsExactly(2, 0, 6);
		assertThat(grid.rows().get(1).cells()).extracting(HeatMaps.Cell::count).containsExactly(0, 3, 0);
		assertThat(grid.rows().get(2).cells()).extracting(HeatMaps.Cell::count).containsExactly(0, 0, 1);
		assertThat(grid.total()).isEqualTo(12);
		// shades against the fullest cell (6): 6 → 3, 3 → 2 (half), 2 → 1 (a third), 1 → 1, 0 → 0
		assertThat(grid.cell(3, 3).shade()).isEqualTo(3);
		assertThat(grid.cell(2, 2).shade()).isEqualTo(2);
		assertThat(grid.cell(3, 1).shade()).isEqualTo(1);
		assertThat(grid.cell(1, 3).shade()).isEqualTo(1);
		assertThat(grid.cell(1, 1).shade()).isZero();
	}

	@ParameterizedTest(name = "{0} of at most {1} → shade {2}")
	@CsvSource({ "0,0,0", "0,5,0", "1,1,3", "1,9,1", "3,9,1", "4,9,2", "6,9,2", "7,9,3", "9,9,3" })
	void aCellsShadeIsItsShareOfTheFullestCell(int count, int max, int shade) {
		assertThat(HeatMaps.shade(count, max)).isEqualTo(shade);
	}

	@Test
	void eachCellIsTheHighestLevelOfTheAreasHoldersInThatUnit() {
		var map = map(MapScales.DEFAULTS, List.of(
				// lab, chlorine: 5 × 4 = 20 high, and 1 × 2 = 2 low → high
				holder(CHLORINE, LAB, TODAY.plusMonths(6), 4), holder(CHLORINE, LAB, null, 2),
				// leaks, acoustics: 3 × 3 = 9 medium
				holder(ACOUSTICS, LEAKS, TODAY.plusMonths(30), 3),
				// a lab member holding acoustics, which the lab is not linked to: 2 × 1 = 2 low
				holder(ACOUSTICS, LAB, TODAY.plusMonths(40), 1)));

		assertThat(cell(map, CHLORINE, LAB)).isEqualTo(new HeatRisks.Cell(1, true, RiskLevel.HIGH, 2, false));
		assertThat(cell(map, CHLORINE, LEAKS)).isEqualTo(new HeatRisks.Cell(2, false, null, 0, false));
		assertThat(cell(map, ACOUSTICS, LEAKS)).isEqualTo(new HeatRisks.Cell(2, true, RiskLevel.MEDIUM, 1, false));
		assertThat(cell(map, ACOUSTICS, LAB)).isEqualTo(new HeatRisks.Cell(1, false, RiskLevel.LOW, 1, false));
		// linked to both units, held by no one
		assertThat(cell(map, SCADA, LAB)).isEqualTo(new HeatRisks.Cell(1, true, null, 0, false));
		assertThat(row(map, SCADA).level()).isNull();
		assertThat(row(map, SCADA).holders()).isZero();
		assertThat(row(map, CHLORINE).level()).isEqualTo(RiskLevel.HIGH);
		assertThat(row(map, ACOUSTICS).level()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(row(map, ACOUSTICS).holders()).isEqualTo(2);
	}

	@Test
	void aLevelThatFewerThanThreeHoldersMakeIsWithheldFromOthers() {
		var map = map(MapScales.DEFAULTS, List.of(holder(CHLORINE, LAB, TODAY.plusMonths(6), 4),
				holder(CHLORINE, LAB, null, 2), holder(CHLORINE, LEAKS, null, 1), holder(ACOUSTICS, LEAKS,
						TODAY.plusMonths(30), 3)));
		var shown = HeatRisks.withheld(map, KnowledgeMapPolicy.FEWEST_HOLDERS_FOR_A_LEVEL);

		// three hold chlorine: the area's level shows; each unit's cell (two and one holders) does not
		assertThat(row(shown, CHLORINE).level()).isEqualTo(RiskLevel.HIGH);
		assertThat(cell(shown, CHLORINE, LAB)).isEqualTo(new HeatRisks.Cell(1, true, null, 2, true));
		assertThat(cell(shown, CHLORINE, LEAKS)).isEqualTo(new HeatRisks.Cell(2, false, null, 1, true));
		// one holds acoustics: its level would be theirs
		assertThat(row(shown, ACOUSTICS).level()).isNull();
		assertThat(row(shown, ACOUSTICS).withheld()).isTrue();
		// no holder is not a withheld level
		assertThat(row(shown, SCADA).withheld()).isFalse();
		assertThat(cell(shown, SCADA, LAB).withheld()).isFalse();
	}

	@Test
	void loweringTheHighThresholdOrWideningTheBandsMovesACell() {
		// 3 × 3 = 9: medium by default
		var holders = List.of(holder(ACOUSTICS, LEAKS, TODAY.plusMonths(30), 3));
		assertThat(cell(map(MapScales.DEFAULTS, holders), ACOUSTICS, LEAKS).level()).isEqualTo(RiskLevel.MEDIUM);

		var highFrom9 = new MapScales(1, 1, 1, 12, 24, 36, 60, 9, 4);
		assertThat(cell(map(highFrom9, holders), ACOUSTICS, LEAKS).level()).isEqualTo(RiskLevel.HIGH);

		var mediumFrom10 = new MapScales(1, 1, 1, 12, 24, 36, 60, 16, 10);
		assertThat(cell(map(mediumFrom10, holders), ACOUSTICS, LEAKS).level()).isEqualTo(RiskLevel.LOW);

		// 30 months away counts 5 once the first band reaches 36 months: 5 × 3 = 15, high from 15
		var wideBands = new MapScales(1, 1, 1, 36, 48, 60, 72, 15, 9);
		assertThat(cell(map(wideBands, holders), ACOUSTICS, LEAKS).level()).isEqualTo(RiskLevel.HIGH);
	}

	@Test
	void capturedKnowledgeOrANamedSuccessorCountsThePositionAsOne() {
		LocalDate soon = TODAY.plusMonths(3);
		var captured = new HeatRisks.Holder(CHLORINE.id(), LAB.id(), soon, 5, true, false);
		var succeeded = new HeatRisks.Holder(ACOUSTICS.id(), LEAKS.id(), soon, 5, false, true);
		var map = map(MapScales.DEFAULTS, List.of(captured, succeeded));

		// 5 × 1 = 5: low, where 5 × 5 = 25 would be high
		assertThat(HeatRisks.position(captured)).isEqualTo(1);
		assertThat(cell(map, CHLORINE, LAB).level()).isEqualTo(RiskLevel.LOW);
		assertThat(cell(map, ACOUSTICS, LEAKS).level()).isEqualTo(RiskLevel.LOW);
		assertThat(HeatRisks.position(holder(CHLORINE, LAB, soon, 5))).isEqualTo(5);
	}

	@Test
	void anAreaWithOneHolderAndNoSuccessorIsASinglePointOfKnowledge() {
		var alone = holder(CHLORINE, LAB, null, 3);
		var withSuccessor = new HeatRisks.Holder(ACOUSTICS.id(), LEAKS.id(), null, 3, false, true);
		var two = List.of(holder(SCADA, LAB, null, 3), holder(SCADA, LEAKS, null, 3));
		var holders = new java.util.ArrayList<>(two);
		holders.add(alone);
		holders.add(withSuccessor);
		var map = map(MapScales.DEFAULTS, holders);

		assertThat(row(map, CHLORINE).singlePoint()).isTrue();
		assertThat(row(map, ACOUSTICS).singlePoint()).isFalse();
		assertThat(row(map, SCADA).singlePoint()).isFalse();
		assertThat(row(map, SCADA).holders()).isEqualTo(2);
	}
}
