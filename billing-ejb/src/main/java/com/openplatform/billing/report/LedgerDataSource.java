package com.openplatform.billing.report;

import com.openplatform.billing.money.Money;
import com.openplatform.billing.report.FeeReport.Params;
import com.openplatform.billing.report.FeeReport.Progress;
import com.openplatform.billing.report.FeeReport.Row;
import com.openplatform.billing.report.FeeReport.Totals;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Date;
import java.util.Iterator;
import java.util.SortedMap;
import java.util.TreeMap;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

/**
 * Hands ledger rows to the report one at a time, keeping none, and adds up what it hands over: the
 * entries, payments, refunds and the net of each month of the report's time zone, in minor units
 * (overflow is an error). Refuses rows out of time order, outside the period, or in a currency
 * other than the first row's (totals never mix currencies).
 */
final class LedgerDataSource implements JRDataSource {

  private final Iterator<Row> rows;
  private final ZoneId zone;
  private final Instant periodStart;
  private final Instant periodEnd;
  private final Progress progress;
  private final Currency currency;

  private Row first;
  private Row row;
  private BigDecimal amount;
  private boolean ended;

  private long count;
  private long payments;
  private long refunds;
  private final SortedMap<YearMonth, Long> netByMonth = new TreeMap<>();

  private YearMonth month;
  private Instant monthStart = Instant.MAX;
  private Instant monthEnd = Instant.MIN;

  LedgerDataSource(Iterator<Row> rows, Params params, Progress progress) {
    this.rows = rows;
    this.zone = params.zone();
    this.periodStart = params.from().atStartOfDay(zone).toInstant();
    this.periodEnd = params.toInclusive().plusDays(1).atStartOfDay(zone).toInstant();
    this.progress = progress;
    this.first = rows.hasNext() ? rows.next() : null;
    this.currency = first == null ? Money.CNY : Currency.getInstance(first.currency());
  }

  /** The currency of every amount: the first row's, CNY when there are none. */
  Currency currency() {
    return currency;
  }

  @Override
  public boolean next() {
    Row next;
    if (first != null) {
      next = first;
      first = null;
    } else if (rows.hasNext()) {
      next = rows.next();
    } else {
      if (!ended && (count == 0 || count % FeeReport.PROGRESS_EVERY != 0)) {
        progress.rows(count); // the last few rows; a round count was reported already
      }
      ended = true;
      return false;
    }
    add(next);
    return true;
  }

  private void add(Row next) {
    Instant at = next.at();
    if (at.isBefore(periodStart) || !at.isBefore(periodEnd)) {
      throw new IllegalArgumentException(
          "an entry outside the period: " + next.orderId() + " at " + at);
    }
    if (row != null && at.isBefore(row.at())) {
      throw new IllegalArgumentException("entries out of time order at " + next.orderId());
    }
    if (!currency.getCurrencyCode().equals(next.currency())) {
      throw new IllegalArgumentException(
          "currencies differ: " + currency + ", " + next.currency() + " at " + next.orderId());
    }
    row = next;
    amount = new Money(next.amountMinor(), currency).major();
    count++;
    if (Row.PAYMENT.equals(next.entryKind())) {
      payments = Math.addExact(payments, next.amountMinor());
    } else {
      refunds = Math.addExact(refunds, next.amountMinor());
    }
    netByMonth.merge(monthOf(at), next.amountMinor(), Math::addExact);
    if (count % FeeReport.PROGRESS_EVERY == 0) {
      progress.rows(count);
    }
  }

  /** The month of {@code at} in the report's zone; rows come in order, so it rarely changes. */
  private YearMonth monthOf(Instant at) {
    if (at.isBefore(monthStart) || !at.isBefore(monthEnd)) {
      month = YearMonth.from(at.atZone(zone));
      monthStart = month.atDay(1).atStartOfDay(zone).toInstant();
      monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }
    return month;
  }

  @Override
  public Object getFieldValue(JRField field) throws JRException {
    return switch (field.getName()) {
      case "at" -> Date.from(row.at());
      case "orderId" -> row.orderId();
      case "developer" -> row.developer();
      case "service" -> row.service();
      case "status" -> row.status();
      case "reviewerOrganisation" -> row.reviewerOrganisation();
      case "entryKind" -> row.entryKind();
      case "amount" -> amount;
      default -> throw new JRException("the fee report has no field " + field.getName());
    };
  }

  /** What has been handed to the report so far. */
  Totals totals() {
    return new Totals(count, payments, refunds, Math.addExact(payments, refunds), netByMonth);
  }
}
