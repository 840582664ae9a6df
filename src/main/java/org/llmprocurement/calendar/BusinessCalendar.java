package org.llmprocurement.calendar;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Business days: Monday to Friday, except the public holidays of one calendar
 * ({@code llmp.calendar.holidays}, e.g. {@code de} or {@code de-by}; holiday data from jollyday) and
 * the company's own non-working days ({@code llmp.calendar.company-days}, ISO dates such as
 * {@code 2026-12-24,2026-12-31}). All dates are UTC calendar dates, as {@code EngineClock.today()}
 * gives them; a timer for a date fires at 00:00 UTC of that date ({@link #startOf(LocalDate)}).
 */
@Component
public class BusinessCalendar {

  private final String calendar;
  private final HolidayManager holidays;
  private final String[] subdivision;
  private final Set<LocalDate> companyDays;
  private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

  /**
   * A calendar of public holidays only, no company days.
   *
   * @param calendar ISO 3166 country code, optionally followed by {@code -} and a subdivision
   *     (jollyday's hierarchy, e.g. {@code de-by} for Bavaria)
   * @throws IllegalArgumentException when jollyday has no calendar for the country
   */
  public BusinessCalendar(String calendar) {
    this(calendar, List.of());
  }

  /**
   * @param calendar ISO 3166 country code, optionally followed by {@code -} and a subdivision
   *     (jollyday's hierarchy, e.g. {@code de-by} for Bavaria)
   * @param companyDays the company's own non-working days as ISO dates ({@code yyyy-MM-dd}); blanks ignored
   * @throws IllegalArgumentException when jollyday has no calendar for the country, or a company day
   *     is no ISO date (naming it)
   */
  public BusinessCalendar(String calendar, List<String> companyDays) {
    this.companyDays = parseCompanyDays(companyDays);
    this.calendar = calendar.strip().toLowerCase(Locale.ROOT);
    String[] parts = this.calendar.split("-");
    try {
      this.holidays = HolidayManager.getInstance(ManagerParameters.create(parts[0]));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("llmp.calendar.holidays: no holiday calendar for '" + calendar + "'", e);
    }
    this.subdivision = parts.length > 1 ? new String[] {parts[1]} : new String[0];
  }

  /**
   * The configured calendar ({@code llmp.calendar.holidays}) and company days
   * ({@code llmp.calendar.company-days}, comma-separated ISO dates).
   *
   * @throws IllegalArgumentException as {@link #BusinessCalendar(String, List)}
   */
  @Autowired
  BusinessCalendar(@Value("${llmp.calendar.holidays:de}") String calendar,
      @Value("${llmp.calendar.company-days:}") String companyDays) {
    this(calendar, List.of(companyDays == null ? new String[0] : companyDays.split(",")));
  }

  /** The configured calendar, e.g. {@code de}. */
  public String calendar() {
    return calendar;
  }

  /** The company's own non-working days, in date order. */
  public SortedSet<LocalDate> companyDays() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(companyDays));
  }

  /** Whether the date is a business day (not a weekend, not a public holiday, not a company day). */
  public boolean isBusinessDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidaysOf(date.getYear()).contains(date)
        && !companyDays.contains(date);
  }

  /**
   * The business day {@code days} business days after {@code date} (counting from the day after);
   * {@code days == 0} gives {@code date} itself, or the next business day when it is none.
   *
   * @throws IllegalArgumentException when {@code days} is negative
   */
  public LocalDate plusBusinessDays(LocalDate date, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    LocalDate d = date;
    if (days == 0) {
      while (!isBusinessDay(d)) {
        d = d.plusDays(1);
      }
      return d;
    }
    int left = days;
    while (left > 0) {
      d = d.plusDays(1);
      if (isBusinessDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * The business day {@code days} business days before {@code date}; {@code days == 0} gives
   * {@code date} itself, or the business day before it when it is none.
   *
   * @throws IllegalArgumentException when {@code days} is negative
   */
  public LocalDate minusBusinessDays(LocalDate date, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    LocalDate d = date;
    if (days == 0) {
      while (!isBusinessDay(d)) {
        d = d.minusDays(1);
      }
      return d;
    }
    int left = days;
    while (left > 0) {
      d = d.minusDays(1);
      if (isBusinessDay(d)) {
        left--;
      }
    }
    return d;
  }

  /** 00:00 UTC of the date, as a timer's due date. */
  public static Date startOf(LocalDate date) {
    return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  private static Set<LocalDate> parseCompanyDays(List<String> days) {
    Set<LocalDate> parsed = new HashSet<>();
    for (String day : days == null ? List.<String>of() : days) {
      if (day == null || day.isBlank()) {
        continue;
      }
      try {
        parsed.add(LocalDate.parse(day.strip()));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("llmp.calendar.company-days: '" + day.strip()
            + "' is no ISO date (yyyy-MM-dd)", e);
      }
    }
    return Set.copyOf(parsed);
  }

  private Set<LocalDate> holidaysOf(int year) {
    return byYear.computeIfAbsent(year, y -> holidays.getHolidays(Year.of(y), HolidayType.PUBLIC_HOLIDAY, subdivision).stream()
        .map(h -> h.getDate()).collect(Collectors.toUnmodifiableSet()));
  }
}
