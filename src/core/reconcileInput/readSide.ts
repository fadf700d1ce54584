/**
 * One side of a reconciliation from a table: the column map, the rows a selection keeps, and every kept
 * row parsed into the engine's column-wise records (exact minor units, day numbers, sign-normalised).
 * A row whose date or amount cannot be read is reported with located issues and left out of matching,
 * never dropped silently; rows outside the selection are marked as excluded.
 */
import { describeCell, isBlank, type Cell } from "../cell";
import type { ColumnMap } from "../columnMap";
import { dayFromYmd, isoFromDay } from "../dates";
import { makeIssue, type Issue } from "../issues";
import { currencyDecimals, parseAmountMinor } from "../money";
import type { RecordSet } from "../reconcile";
import { columnLetter, type TableData } from "../table";
import { runSteps } from "../steps";
import { encodingIssue } from "../tableShape";
import { balanceRowAt, balanceRowColumns, settleBalanceRows, type FoundBalanceRow } from "./balanceRows";
import { AmountFromPair } from "./amountFromPair";
import { VoidRowsHeld } from "./bookedVoidRows";
import { readAmount, readDay, readIndicator, readPair, RoundedAmounts, textOf, type At } from "./cells";
import { columnsByContent } from "./columnsByContent";
import { inferDecimalSeparator } from "./decimalSeparator";
import { fieldLabel, type ReconcileField } from "./fields";
import { HeaderSigns, sideHeaderCurrency } from "./headerCurrency";
import { joinedText } from "./joinedColumns";
import { mapReconcileColumns } from "./mapColumns";
import { dateOrderOf, pendingNote, statusColumn } from "./pendingRows";
import { makeKeys } from "./rowKeys";
import { selectedSign } from "./selection";
import { pairSigns } from "./signedColumns";
import { SourceCells } from "./sourceCells";
import { thousandsPoint } from "./thousandsPoint";
import {
  ROW_BALANCE,
  ROW_BLANK,
  ROW_CLEARED,
  ROW_EXCLUDED,
  ROW_PENDING,
  ROW_UNREADABLE,
  ROW_USED,
  type AmountMode,
  type ReadSideOptions,
  type SideRecords,
} from "./sideRecords";

export { mapReconcileColumns } from "./mapColumns";

export * from "./sideRecords";

/** Mapping errors that leave a side unread, as a missing Date or Amount column does. */
const MAPPING_REFUSED: ReadonlySet<string> = new Set(["recon_amount_two_ways", "header_mapped_twice"]);

/** Whether every cell of table record i is blank (checked only for rows that could not be read). */
function rowIsBlank(table: TableData, i: number): boolean {
  for (const cells of table.columns) if (!isBlank(cells[i] ?? null)) return false;
  return true;
}

function amountModeOf(map: ColumnMap): AmountMode | null {
  if ("amount" in map) return "indicator" in map ? "indicator" : "amount";
  if ("debit" in map || "credit" in map) return "debit-credit";
  return null;
}

/**
 * An unsigned amount signed by its Dr/Cr indicator, as a debit/credit pair would be (debit positive,
 * before the side's convention); null with an issue when the indicator is unreadable, or blank beside an
 * amount that is not zero.
 */
function signByIndicator(
  minor: number,
  amount: Cell,
  indicator: Cell,
  label: string,
  where: { atIndicator: At; out: Issue[] },
): number | null {
  const mark = readIndicator(indicator, label, where.atIndicator, where.out);
  if (mark === null) return null;
  if (mark === "blank") {
    if (minor === 0) return 0;
    const p = { column: label, amount: describeCell(amount) };
    where.out.push(makeIssue("recon_indicator_missing", where.atIndicator(), p));
    return null;
  }
  return mark === "debit" ? minor : -minor;
}

/**
 * Whether an amount column writes signs of its own (any amount below zero): then it is read as signed,
 * and a Dr/Cr column beside it only repeats what the signs say.
 */
function hasSigns(cells: readonly Cell[], separator: "." | "," | undefined): boolean {
  for (const cell of cells) {
    if (typeof cell === "number" ? cell < 0 : parseAmountMinor(cell, 4, separator) < 0) return true;
  }
  return false;
}

/**
 * A number in the date column that reads as a day before this is no date of a reconciliation but a number
 * Excel made of something else: DATEV's day-and-month Belegdatum (0303, 3112) becomes 303 or 3112 when
 * its CSV file is opened, which as a serial is a day in 1900-1908 (1904-1912 in the 1904 system).
 */
const EARLIEST_NUMBER_DAY = dayFromYmd(1920, 1, 1);

/** Rows parsed between yields of `readSideSteps`: a few milliseconds of work. */
const ROWS_PER_STEP = 10_000;

/** Reads one side of a reconciliation from its table, all at once. */
export function readSide(table: TableData, opts: ReadSideOptions): SideRecords {
  return runSteps(readSideSteps(table, opts));
}

/**
 * The same, step by step: yields after every few thousand rows so a caller can give the UI thread a
 * turn (core has no clock; the service decides when to yield) and returns the side when done.
 */
export function* readSideSteps(
  table: TableData,
  opts: ReadSideOptions,
): Generator<number, SideRecords, void> {
  const reading = opts.reading ?? {};
  const mapped = mapReconcileColumns(table, reading.columns, table.columns);
  const content = columnsByContent(table, mapped, reading.columns);
  const map = content.map;
  let mode = amountModeOf(map);
  // A DATEV export opened in Excel: its own first line reads as the headers. That is the one thing to
  // say, not which columns its values do not name.
  const first = (table.headers[0] ?? "").trim().toUpperCase();
  const datevOpened = mapped.missing.length > 0 && (first === "EXTF" || first === "DTVF");
  const issues: Issue[] = datevOpened
    ? [
        makeIssue("recon_datev_opened", { sheet: table.sheet, table: table.name, row: table.headerRow }, {}),
        ...content.issues,
      ]
    : [...content.issues, ...mapped.missing, ...content.notes];
  const encoding = table.notes?.guessedEncoding;
  // Party names and descriptions are compared letter by letter: a wrong code page changes them.
  if (encoding !== undefined) issues.unshift(encodingIssue(table, encoding));
  const sourceIssues = table.notes?.sourceIssues ?? [];
  issues.unshift(...sourceIssues);
  const sourceCells = new SourceCells(sourceIssues);
  // A table with its headers and no rows (a statement file without lines) reconciles as nothing.
  if (table.rows.length === 0)
    issues.push(makeIssue("table_empty", { sheet: table.sheet, table: table.name }, {}));
  const n = table.rows.length;
  const col = (f: ReconcileField): readonly Cell[] | null => {
    const c = map[f];
    return c === undefined ? null : (table.columns[c] ?? null);
  };
  // Where issues point: the columns read, and the debit and credit beside an amount read (amountFromPair.ts).
  const placed: ColumnMap = content.pairBeside === null ? map : { ...content.pairBeside, ...map };
  const header = (f: ReconcileField): string => {
    const c = placed[f];
    return c === undefined ? fieldLabel(f) : (table.headers[c] ?? fieldLabel(f));
  };
  const letter = (f: ReconcileField): string => columnLetter(table.firstColumn + (placed[f] ?? 0));

  const dates = col("date");
  const dateOrder = reading.dateOrder ?? (dates ? dateOrderOf(dates) : undefined);
  const flip: 1 | -1 = reading.sign === "flip" ? -1 : 1;
  const creditPositive = reading.debitCredit === "credit-positive";
  const amounts = col("amount");
  const debits = col("debit");
  const credits = col("credit");
  const currencyCol = col("currency");
  const balances = col("balance");
  const fallbackCurrency = reading.currency ?? opts.defaultCurrency ?? "";
  // "Amount (GBP)": the header's currency is the rows' as a Currency column's would be (headerCurrency.ts).
  const headerCurrency = sideHeaderCurrency(table, map);
  // An amount cell naming another currency than that header is read in its own, and said (headerCurrency.ts).
  const headerSigns = new HeaderSigns(headerCurrency, header("amount"));
  const pendingHeaderSigns = new HeaderSigns(headerCurrency, header("amount"));
  const settled = reading.decimalSeparator ?? inferDecimalSeparator([amounts, debits, credits, balances]);
  const thousands =
    settled === undefined ? thousandsPoint(table, map, headerCurrency || fallbackCurrency) : null;
  if (thousands !== null) issues.push(thousands.note);
  const separator = thousands?.separator ?? settled;
  if (mode === "indicator" && amounts && hasSigns(amounts, separator)) {
    mode = "amount";
    const row = table.headerRow;
    const loc = { sheet: table.sheet, table: table.name, row, column: header("indicator") };
    issues.push(
      makeIssue(
        "recon_indicator_unused",
        { ...loc, address: `${letter("indicator")}${row}` },
        { column: header("indicator"), amount: header("amount") },
      ),
    );
  }
  // A mapping that reads amounts two ways, or one column as two fields, is the user's to fix: no rows are
  // read by a guess at what was meant.
  const refused = issues.some((i) => MAPPING_REFUSED.has(i.code) && i.severity === "error");
  const usable = dates !== null && mode !== null && !refused;
  const indicators = mode === "indicator" ? col("indicator") : null;
  const signs = pairSigns(table, mode === "debit-credit" ? map : {}, separator);
  issues.push(...signs.notes);
  const beside =
    amounts !== null && content.pairBeside !== null && map.amount !== undefined
      ? new AmountFromPair(
          table,
          map.amount,
          content.pairBeside,
          separator,
          mode === "amount",
          creditPositive,
        )
      : null;
  const pendingIn = { date: map.date, status: statusColumn(table, map) };
  const keyById = reading.keyBy === "id" && map.id !== undefined;
  const balanceIn = balanceRowColumns(map);
  const statusCells = pendingIn.status === undefined ? null : (table.columns[pendingIn.status] ?? null);
  const voids = new VoidRowsHeld(balances, statusCells);

  const state = new Uint8Array(n);
  const recordOf = new Int32Array(n).fill(-1);
  const rowIssues = new Map<number, Issue[]>();
  const idx: number[] = [];
  const rows: number[] = [];
  const days: number[] = [];
  const minors: number[] = [];
  const currencies: string[] = [];
  const balanceMinor: number[] = [];
  const clearedBalance: number[] = [];
  const clearedMinor = new Map<string, number>();
  const rounded = new RoundedAmounts();
  // Rounding in a pending row is not said: the row takes no part.
  const pendingRounding = new RoundedAmounts();
  const pendingRead = {
    record: [] as number[],
    row: [] as number[],
    day: [] as (number | null)[],
    minor: [] as number[],
    currency: [] as string[],
  };
  // Balance rows, with where each one's note goes among the issues (their kind waits for the bookings).
  const stated: FoundBalanceRow[] = [];
  const notesAt = new Map<number, number>();
  const each = {
    record: [] as number[],
    row: [] as number[],
    day: [] as number[],
    minor: [] as number[],
    currency: [] as string[],
  };

  for (let i = 0; i < n; i++) {
    if (i > 0 && i % ROWS_PER_STEP === 0) yield i;
    const selected = opts.selection ? selectedSign(table, map, opts.selection, i) : 1;
    if (selected === 0) {
      state[i] = ROW_EXCLUDED;
      continue;
    }
    if (!usable) {
      state[i] = ROW_UNREADABLE;
      continue;
    }
    const pending = pendingNote(table, i, pendingIn);
    // A void row with a balance is read in full and held aside: the running balance may show it booked.
    const voided = pending !== null && voids.mayBeBooked(pending, i) ? pending : null;
    // Any other row the bank has not booked is left out, and read for its amount (PendingRows).
    const unbooked = pending !== null && voided === null;
    if (unbooked) {
      state[i] = ROW_PENDING;
      rowIssues.set(i, [pending]);
      issues.push(pending);
      if (pending.code === "recon_row_void") continue;
    }
    const row = table.rows[i] as number;
    const found: Issue[] = [];
    const at = (f: ReconcileField) => () => ({
      sheet: table.sheet,
      table: table.name,
      row,
      column: header(f),
      address: `${letter(f)}${row}`,
    });
    const day = readDay(dates[i] ?? null, opts.dateSystem, dateOrder, at("date"), found);
    if (day !== null && day < EARLIEST_NUMBER_DAY && typeof dates[i] === "number") {
      const p = { value: String(dates[i]), day: isoFromDay(day) };
      found.push(makeIssue("recon_date_number", at("date")(), p));
    }
    const dateFound = found.length;
    let currency = currencyCol ? textOf(currencyCol[i]).toUpperCase() : "";
    const underHeader = currency === "" && headerCurrency !== "";
    if (underHeader) currency = headerCurrency;
    const decimals = currencyDecimals(currency !== "" ? currency : fallbackCurrency);
    const roundedHere = voided !== null ? voids.roundingOfNext() : unbooked ? pendingRounding : rounded;
    roundedHere.currency = currency !== "" ? currency : fallbackCurrency;
    roundedHere.decimals = decimals;
    let minor: number | null = null;
    if (amounts && beside !== null && isBlank(amounts[i] ?? null) && beside.holds(i)) {
      // The amount left blank on this row, its debit or credit filled: read from them, signed as the amounts.
      const { signs: pairSigned, turn } = beside.reading();
      const { debit, credit } = beside.pair;
      minor = readPair(
        debit === undefined ? null : (table.columns[debit]?.[i] ?? null),
        credit === undefined ? null : (table.columns[credit]?.[i] ?? null),
        decimals,
        separator,
        found,
        {
          debit: debit === undefined ? null : header("debit"),
          credit: credit === undefined ? null : header("credit"),
          atDebit: debit === undefined ? at("credit") : at("debit"),
          atCredit: credit === undefined ? at("debit") : at("credit"),
          rounded: roundedHere,
          debitSign: pairSigned.debitSign,
          creditSign: pairSigned.creditSign,
        },
      );
      if (minor !== null) minor = turn * minor + 0;
    } else if (amounts) {
      const cell = amounts[i] ?? null;
      const a =
        underHeader && typeof cell === "string"
          ? (unbooked ? pendingHeaderSigns : headerSigns).read(
              cell,
              decimals,
              separator,
              at("amount"),
              found,
              roundedHere,
            )
          : readAmount(cell, decimals, separator, header("amount"), at("amount"), found, roundedHere);
      if (a) {
        minor = a.minor;
        if ((currency === "" || underHeader) && a.currency) currency = a.currency;
      }
      if (indicators && minor !== null) {
        minor = signByIndicator(minor, amounts[i] ?? null, indicators[i] ?? null, header("indicator"), {
          atIndicator: at("indicator"),
          out: found,
        });
        if (minor !== null && creditPositive) minor = -minor;
      }
    } else {
      minor = readPair(debits?.[i] ?? null, credits?.[i] ?? null, decimals, separator, found, {
        debit: debits ? header("debit") : null,
        credit: credits ? header("credit") : null,
        atDebit: debits ? at("debit") : at("credit"),
        atCredit: credits ? at("credit") : at("debit"),
        rounded: roundedHere,
        debitSign: signs.debitSign,
        creditSign: signs.creditSign,
      });
      if (minor !== null && creditPositive) minor = -minor;
    }
    const balance = balances ? parseAmountMinor(balances[i] ?? null, decimals, separator) : NaN;
    if (voided !== null) {
      state[i] = ROW_PENDING;
      rowIssues.set(i, [voided]);
      issues.push(voided);
      if (day !== null && minor !== null && found.length === 0) {
        voids.hold({
          record: i,
          row,
          day,
          minor: flip * selected * minor + 0,
          balance: flip * balance + 0,
          currency: currency !== "" ? currency : fallbackCurrency,
          cleared: opts.cleared?.[i] === 1,
          note: voided,
          at: issues.length - 1,
        });
      }
      continue;
    }
    if (unbooked) {
      // What does not read in a pending row only leaves it out of PendingRows: its note said all there is.
      if (minor !== null && found.length === dateFound) {
        pendingRead.record.push(i);
        pendingRead.row.push(row);
        pendingRead.day.push(dateFound === 0 ? day : null);
        pendingRead.minor.push(flip * selected * minor + 0);
        pendingRead.currency.push(currency !== "" ? currency : fallbackCurrency);
      }
      continue;
    }
    const amount = { minor, balance, sign: flip * selected, flip, decimals, separator };
    const balanceRow = balanceRowAt(table, i, balanceIn, amount);
    // One that moves money is read as a booking until the bookings' dates show it a balance line.
    const held =
      balanceRow?.booking === true && day !== null && found.length === 0 && opts.cleared?.[i] !== 1;
    if (balanceRow !== null && (!balanceRow.booking || held)) {
      stated.push({ ...balanceRow, row, day, currency: currency !== "" ? currency : fallbackCurrency });
      notesAt.set(i, issues.length);
    }
    if (balanceRow !== null && !balanceRow.booking) {
      state[i] = ROW_BALANCE;
      continue;
    }
    if (day === null || minor === null || found.length > 0) {
      if (rowIsBlank(table, i)) {
        state[i] = ROW_BLANK;
        continue;
      }
      state[i] = ROW_UNREADABLE;
      const explained = sourceCells.explain(found);
      rowIssues.set(i, explained);
      issues.push(...explained);
      continue;
    }
    if (opts.cleared?.[i] === 1) {
      state[i] = ROW_CLEARED;
      const code = currency !== "" ? currency : fallbackCurrency;
      const signed = flip * selected * minor + 0;
      clearedMinor.set(code, (clearedMinor.get(code) ?? 0) + signed);
      each.record.push(i);
      each.row.push(row);
      each.day.push(day);
      each.minor.push(signed);
      each.currency.push(code);
      if (balances) clearedBalance.push(balance === balance ? flip * balance + 0 : NaN);
      continue;
    }
    recordOf[i] = idx.length;
    idx.push(i);
    rows.push(row);
    days.push(day);
    minors.push(flip * selected * minor + 0);
    currencies.push(currency !== "" ? currency : fallbackCurrency);
    if (balances) balanceMinor.push(balance === balance ? flip * balance + 0 : NaN);
  }

  // Void rows the running balance shows booked are bookings after all (bookedVoidRows.ts).
  const used = {
    record: idx,
    row: rows,
    day: days,
    minor: minors,
    currency: currencies,
    balance: balanceMinor,
  };
  const booked = voids.book(used, { ...each, balance: clearedBalance }, flip);
  for (const b of booked) {
    state[b.record] = b.cleared ? ROW_CLEARED : ROW_USED;
    rowIssues.delete(b.record);
    issues[b.at] = b.note;
    if (b.cleared) clearedMinor.set(b.currency, (clearedMinor.get(b.currency) ?? 0) + b.minor);
  }
  if (booked.length > 0) idx.forEach((i, k) => (recordOf[i] = k));
  const balanceRows = settleBalanceRows(table, stated, [
    { records: idx, days, minors, currencies },
    { records: each.record, days: each.day, minors: each.minor, currencies: each.currency },
  ]);
  // The balance lines read as bookings leave the bookings.
  const lines = new Set(balanceRows.flatMap((b) => (recordOf[b.record] === -1 ? [] : [b.record])));
  if (lines.size > 0) {
    const kept = idx.flatMap((i, k) => (lines.has(i) ? [] : [k]));
    for (const list of [
      idx,
      rows,
      days,
      minors,
      currencies,
      ...(balances ? [balanceMinor] : []),
    ] as unknown[][]) {
      kept.forEach((k, j) => (list[j] = list[k]));
      list.length = kept.length;
    }
    recordOf.fill(-1);
    idx.forEach((i, k) => (recordOf[i] = k));
    lines.forEach((i) => (state[i] = ROW_BALANCE));
  }
  // Each note where its row stands among the issues: one merge, not a splice per row (a table of many
  // balance rows would make that quadratic).
  if (balanceRows.length > 0) {
    const inserts = balanceRows.map((b) => ({ at: notesAt.get(b.record) as number, note: b.note }));
    inserts.sort((x, y) => x.at - y.at);
    const merged: Issue[] = [];
    let p = 0;
    for (const { at, note } of inserts) {
      while (p < at) merged.push(issues[p++] as Issue);
      merged.push(note);
    }
    while (p < issues.length) merged.push(issues[p++] as Issue);
    issues.length = 0;
    for (const issue of merged) issues.push(issue);
  }
  for (const b of balanceRows) rowIssues.set(b.record, [b.note]);
  issues.push(...rounded.issues(), ...headerSigns.issues());

  const texts = (f: ReconcileField, records: readonly number[] = idx): string[] => {
    // A text split over a numbered series of columns is read joined (joinedColumns.ts).
    const series = mapped.joined[f];
    if (series !== undefined && map[f] === series[0]) {
      const parts = series.map((c) => table.columns[c] ?? []);
      return records.map((i) => joinedText(parts, i));
    }
    const c = col(f);
    return c ? records.map((i) => textOf(c[i])) : records.map(() => "");
  };
  const ids = texts("id");
  const keys = makeKeys(table, rows, keyById ? ids : null, header("id"), issues);
  const set: RecordSet = {
    side: opts.side,
    table: table.name,
    sheet: table.sheet,
    size: idx.length,
    keys,
    rows: Int32Array.from(rows),
    day: Int32Array.from(days),
    minor: Float64Array.from(minors),
    currency: currencies,
    reference: texts("reference"),
    description: texts("description"),
    party: texts("party"),
    id: ids,
  };
  const distinct = [...new Set(currencies)].sort();
  return {
    table,
    set,
    recordOf,
    tableIndex: Int32Array.from(idx),
    state,
    cleared: { rows: each.record.length, minor: clearedMinor, each },
    rowIssues,
    issues: sourceCells.without(issues),
    balanceRows,
    map,
    pairBeside: map.amount === undefined ? null : content.pairBeside,
    how: content.how,
    amountMode: usable ? mode : null,
    balance: balances ? Float64Array.from(balanceMinor) : null,
    currencies: distinct,
    dateOrder,
    decimalSeparator: separator,
    flip,
    pending: {
      ...pendingRead,
      reference: texts("reference", pendingRead.record),
      description: texts("description", pendingRead.record),
    },
  };
}
