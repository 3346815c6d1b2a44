package org.jiaxiao.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One year's official holiday arrangement, as the State Council publishes it each
 * November: days off, and weekend days that become working days (调休上班).
 *
 * @param year the calendar year
 * @param holidays the days off
 * @param makeUpWorkingDays weekend days worked instead
 */
public record HolidayArrangement(int year, List<Holiday> holidays, List<LocalDate> makeUpWorkingDays) {
}
