/** Codes of the reconciliation engine: rules and saved decisions, explanations of differences, the statement. */
import { defineCodes } from "./types";

/**
 * An optional field several columns could be: its label, its key in a rules file's "columns", those
 * columns' headers quoted and joined for the message, and the first of them quoted as JSON (the example
 * of a mapping).
 */
interface Ambiguous {
  readonly field: string;
  readonly key: string;
  readonly candidates: string;
  readonly example: string;
  /** The candidate columns' headers, in table order. */
  readonly headers: readonly string[];
}

export const reconcileCodes = defineCodes({
  recon_indicator_invalid: {
    severity: "error",
    message: (p: { column: string }) =>
      `${p.column} says neither debit nor credit; write DR or CR (or D/C, Af/Bij, S/H, Soll/Haben, Dare/Avere, Cargo/Abono).`,
  },
  recon_indicator_missing: {
    severity: "error",
    message: (p: { column: string; amount: string }) =>
      `The amount ${p.amount} has no ${p.column}, so it is not known which way it goes; write DR or CR.`,
  },
  recon_date_number: {
    severity: "error",
    message: (p: { value: string; day: string }) =>
      `The number ${p.value} reads as ${p.day}, no day of a reconciliation; if it is a day and month without a year (DATEV's Belegdatum writes 303 for 3 March), give the column real dates, or bring the file in with Import a ledger file… (or read it with bo), which takes the year from the batch's first line.`,
  },
  // A text of a day and a month with no year ("0203") in a date column: DATEV's Belegdatum as the file
  // carries it. `date` is the day and month it reads as ("2 March").
  recon_date_day_month: {
    severity: "error",
    message: (p: { value: string; date: string }) =>
      `${p.value} is a day and a month with no year (${p.date}), as DATEV's Belegdatum writes it; the table does not say the year, so the row is not read. Bring the DATEV file itself in with Import a ledger file… (or read it with bo), which takes the year from the batch's first line, or give the column full dates with their year.`,
  },
  recon_datev_opened: {
    severity: "error",
    message: () =>
      "A DATEV export opened in Excel as it is: its own first line (EXTF) stands where the headers belong, and its dates have lost their year; bring it in with Import a ledger file… (or read it with bo).",
  },
  recon_amount_rounded: {
    severity: "warning",
    message: (p: {
      value: string;
      currency: string;
      decimals: number;
      readAs: string;
      column: string;
      more: number;
    }) =>
      `${p.value} has more decimal places than ${p.currency === "" ? "the currency" : p.currency} has (${p.decimals}), so it is read as ${p.readAs}${p.more > 0 ? `; so ${p.more === 1 ? "is 1 more amount" : `are ${p.more} more amounts`} in ${p.column}` : ""}. If the digits matter, correct the file or name the currency.`,
  },
  // An amount cell naming its own currency under a header that names another ("$12.00" in "Amount (EUR)").
  recon_amount_currency_header: {
    severity: "warning",
    message: (p: { value: string; named: string; header: string; column: string; others: string }) =>
      `${p.value} names ${p.named}, but the header ${p.column} names ${p.header}: the row is read in ${p.named}, as its own amount says${p.others === "" ? "" : `; likewise ${p.others}`}. If the amount is in ${p.header}, correct the cell; a Currency column names each row's currency.`,
  },
  recon_indicator_unused: {
    severity: "info",
    message: (p: { column: string; amount: string }) =>
      `${p.amount} writes its amounts with signs of their own, so ${p.column} was not needed to read them.`,
  },
  // A field reconciliation can do without (party, description, reference…) that several columns could
  // be: none of them is read. `key` is the field's name in a rules file's "columns".
  recon_amount_two_ways: {
    severity: "error",
    message: (p: { amount: string; pair: string }) =>
      `The mapping reads amounts both from ${p.amount} and from ${p.pair}; map one way only (the other to none).`,
  },
  recon_amount_unsigned: {
    severity: "info",
    message: (p: { amount: string; pair: string }) =>
      `${p.amount} holds no amount below zero while ${p.pair} say which way each row goes: ${p.pair} are read, and ${p.amount} is not.`,
  },
  recon_amount_ways_differ: {
    severity: "warning",
    message: (p: { read: string; reads: number; left: string; row: number }) =>
      `${p.read} and ${p.left} both hold amounts, and row ${p.row} gives a different amount in each: ${p.read} ${p.reads === 1 ? "is" : "are"} read. Check which is right, and if it is ${p.left}, map that in the column mapping.`,
  },
  recon_column_ambiguous: {
    severity: "warning",
    message: (p: Ambiguous) =>
      `Several columns could be ${p.field} (${p.candidates}), so none of them is read; to read one, choose it as the ${p.field} in the column mapping (in a rules file, "columns": {"${p.key}": ${p.example}}).`,
    // The command line says where in a rules file that goes for the side, with the columns to choose from.
    keep: (p: Ambiguous) => ({ key: p.key, headers: [...p.headers] }),
  },
  recon_columns_joined: {
    severity: "info",
    message: (p: { field: string; columns: string }) =>
      `The ${p.field} is split over ${p.columns}: they are read joined, in that order, as one text.`,
  },
  recon_column_blank: {
    severity: "info",
    message: (p: { blank: string; blanks: number; read: string; reads: number }) =>
      `${p.blank} ${p.blanks === 1 ? "is" : "are"} blank on every row, while ${p.read} ${p.reads === 1 ? "holds" : "hold"} the amounts: ${p.reads === 1 ? "it is" : "they are"} read instead.`,
  },
  recon_column_signed: {
    severity: "info",
    message: (p: { column: string; example: string; kind: string }) =>
      `Every amount in ${p.column} is written with a minus sign (such as ${p.example}), so its amounts are read by their size: each is a ${p.kind}, as the column's name says.`,
  },
  recon_indicator_found: {
    severity: "info",
    message: (p: { place: string; letter: string; amount: string; marks: string }) =>
      `The column ${p.place} ${p.amount} (${p.letter}) has no header and holds only Dr/Cr marks (${p.marks}): it is read as the mark saying whether each amount of ${p.amount} is a debit or a credit.`,
  },
  // A column named for a booking's kind ("Type", "Transaction Type") that holds only Dr/Cr marks beside an
  // amount written without signs: without it every amount would read as money in.
  recon_indicator_typed: {
    severity: "info",
    message: (p: { column: string; place: string; amount: string; letter: string; marks: string }) =>
      `${p.column} (${p.letter}), ${p.place} ${p.amount}, holds only Dr/Cr marks (${p.marks}) and ${p.amount} writes its amounts without signs: ${p.column} is read as the mark saying whether each amount of ${p.amount} is a debit or a credit.`,
  },
  // A file with no booking, only a line stating a balance (a month without movements, or the wrong export):
  // the side has nothing to match and its balance is that line's.
  recon_balance_line_only: {
    severity: "warning",
    message: (p: { line: string; kind: string; figure: string; headers: string }) =>
      `The file holds no bookings, only a balance line (${p.line}): ${p.figure} is read as its ${p.kind} balance, and the table, under headers named by what the line holds (${p.headers}), has no records to match. If the account moved, export its bookings.`,
  },
  recon_thousands_point: {
    severity: "info",
    message: (p: { example: string; readAs: string }) =>
      `Every point in the amounts stands before exactly three digits (such as ${p.example}), never before one or two, so it separates thousands: ${p.example} is ${p.readAs}. If it is a decimal point, set the decimal separator to ".".`,
  },
  recon_reference_text: {
    severity: "info",
    message: (p: { column: string; example: string }) =>
      `${p.column} holds what each payment was for, in words (such as "${p.example}"), not references to compare whole: it is read as the description.`,
  },
  recon_row_pending: {
    severity: "info",
    message: (p: { value: string }) =>
      `The row is pending (${p.value}), not booked yet: it is left out until the bank books it.`,
  },
  recon_row_void: {
    severity: "info",
    message: (p: { value: string }) =>
      `The row is marked ${p.value}: it is not booked and will not be, so it is left out.`,
  },
  // A line that states a balance ("Opening Balance", "Endsaldo") and moves no money: `kind` is "opening",
  // "closing" or "" (a balance among the bookings), `amount` the balance as written or "" when it gives none.
  // `use`: "read" where the side's balance is read from the row unless one is typed, "checked" where a
  // Balance column gives it and the row's figure is checked against it, "" where the row is not the one the
  // balance is read from (a statement's within a table of several).
  recon_balance_row: {
    severity: "info",
    message: (p: { kind: string; amount: string; use: string }) =>
      p.amount === ""
        ? `The row is ${p.kind === "" ? "a balance line" : `the ${p.kind} balance line`} and states no figure; it is no booking, so it is left out of matching.`
        : p.kind === ""
          ? `The row states a running balance (${p.amount}), not a booking: it is left out of matching.`
          : p.use === ""
            ? `The row states the ${p.kind} balance (${p.amount}), not a booking: it is left out of matching.`
            : p.use === "checked"
              ? `The row states the ${p.kind} balance (${p.amount}), not a booking: it is left out of matching, and its figure is checked against the ${p.kind} balance the statement takes.`
              : `The row states the ${p.kind} balance (${p.amount}), not a booking: it is left out of matching and read as the ${p.kind} balance, unless one is typed.`,
  },
  // A row whose words name a total and whose figure adds up (totalRows.ts): `what` is "sum" (of the
  // bookings `scope`: "all", "through" its date, "since" the total line before it by days, "above" it by
  // rows), "pair" (a debit and a credit, each way's sum), "closing" (the opening balance plus the
  // bookings) or "none" (no amount).
  recon_total_row: {
    severity: "info",
    message: (p: {
      label: string;
      amount: string;
      what: string;
      scope: string;
      opening: string;
      use: string;
    }) =>
      p.what === "none"
        ? `The row is a total line ("${p.label}") and states no amount; it is no booking, so it is left out of matching.`
        : p.what === "pair"
          ? `The row is a total line ("${p.label}"): ${p.amount} are the sums of the bookings each way; it is no booking, so it is left out of matching.`
          : p.what === "closing"
            ? `The row is a total line ("${p.label}"): ${p.amount} is the opening balance (${p.opening}) plus the bookings up to its date, the closing balance; it is no booking, so it is left out of matching${p.use === "read" ? " and read as the closing balance, unless one is typed" : p.use === "checked" ? ", and its figure is checked against the closing balance the statement takes" : ""}.`
            : `The row is a total line ("${p.label}"): ${p.amount} is the sum of ${p.scope === "all" ? "the bookings of the table" : p.scope === "since" ? "the bookings since the total line before it" : p.scope === "above" ? "the bookings above it, back to any total line before it" : "the bookings up to its date"}; it is no booking, so it is left out of matching.`,
  },
  // `bo reconcile --out` could not write its copy (no room beside a table, a file it cannot save): the
  // reconciliation is reported all the same. `reason` ends with a full stop; `remedy` says what to do.
  recon_out_not_written: {
    severity: "error",
    message: (p: { file: string; reason: string; remedy: string }) =>
      `Nothing was written to ${p.file}: ${p.reason} ${p.remedy}`,
  },
  // A row with no date whose words name a total but whose figure adds up to nothing: no booking either.
  recon_total_row_mismatch: {
    severity: "error",
    message: (p: { label: string; amount: string; what: string; sum: string; closing: string }) =>
      p.what === "pair"
        ? `The row has no date and its words ("${p.label}") make it a total line, but ${p.amount} are not the sums of the bookings each way (${p.sum}): it is left out of matching. If it is a booking, enter its date and keep one of its amounts; if it is a total, check the rows it adds up.`
        : `The row has no date and its words ("${p.label}") make it a total line, but ${p.amount} is not the sum of the bookings (${p.sum})${p.closing === "" ? "" : ` nor the opening balance plus them (${p.closing})`}: it is left out of matching. If it is a booking, enter its date; if it is a total, check the rows it adds up.`,
  },
  // A balance a row states that the Balance column's running balances, or the user's typed figure, give
  // otherwise: the statement takes the other, and says so. `source` is "column" or "typed".
  recon_balance_row_differs: {
    severity: "warning",
    message: (p: { kind: string; stated: string; given: string; source: string; column: string }) =>
      p.source === "typed"
        ? `The row states the ${p.kind} balance as ${p.stated}, but ${p.given} was typed: the statement takes the typed ${p.given}. Check which is right.`
        : `The row states the ${p.kind} balance as ${p.stated}, but the running balances in ${p.column} make it ${p.given}: the statement takes ${p.given}. Check which is right; a row may be missing or mistyped.`,
  },
  recon_file_balance_differs: {
    severity: "warning",
    message: (p: {
      kind: string;
      place: string;
      label: string;
      stated: string;
      given: string;
      source: string;
      what: string;
    }) =>
      p.source === "typed"
        ? `The ${p.place}'s "${p.label}" line states the ${p.kind} balance as ${p.stated}, but ${p.given} was typed: the statement takes the typed ${p.given}. Check which is right.`
        : p.source === "row"
          ? `The ${p.place}'s "${p.label}" line states the ${p.kind} balance as ${p.stated}, but ${p.what} states ${p.given}: the statement takes ${p.given}. Check which is right.`
          : `The ${p.place}'s "${p.label}" line states the ${p.kind} balance as ${p.stated}, but ${p.what} make it ${p.given}: the statement takes ${p.given}. Check which is right; a row may be missing or mistyped.`,
  },
  // A balance line's figure finer than its currency: never rounded, so not taken, and said where it stands.
  recon_file_balance_decimals: {
    severity: "warning",
    message: (p: {
      kind: string;
      place: string;
      label: string;
      text: string;
      currency: string;
      decimals: number;
    }) =>
      `The ${p.place}'s "${p.label}" line states the ${p.kind} balance as ${p.text}, with more decimal places than ${p.currency === "" ? "the side's amounts are read with" : `${p.currency} has`} (${p.decimals}): the statement does not take it, as a balance is never rounded. Correct the line, or type the ${p.kind} balance.`,
  },
  // A balance line in another currency than the side's rows are read in (or a side in several): not theirs.
  recon_file_balance_currency: {
    severity: "warning",
    message: (p: {
      kind: string;
      place: string;
      label: string;
      text: string;
      named: string;
      rows: string;
      several: boolean;
    }) =>
      p.several === true
        ? `The ${p.place}'s "${p.label}" line states the ${p.kind} balance as ${p.text}, but the side's rows are in several currencies (${p.rows}): the statement does not take it, as it cannot tell whose balance it is. Type the ${p.kind} balance if it is needed.`
        : `The ${p.place}'s "${p.label}" line states the ${p.kind} balance as ${p.text}, but the side's rows are read in ${p.rows}: the statement does not take it as their balance. If the account is in ${p.named}, name that currency for the side's rows (a Currency column, or the amount's header); else type the ${p.kind} balance.`,
  },
  recon_rules_invalid: {
    severity: "error",
    message: (p: { errors: string }) =>
      `The reconciliation rules are not valid: ${p.errors}. Fix the rules JSON or go back to the default rules.`,
  },
  recon_decision_stale: {
    severity: "warning",
    message: (p: { decision: string; reason: string }) =>
      `The saved decision "${p.decision}" no longer applies: ${p.reason}. Review these rows and decide again.`,
  },
  recon_transposed_digits: {
    severity: "warning",
    message: (p: { amount: string; other: string; otherAt: string }) =>
      `The amount ${p.amount} reads like ${p.other} at ${p.otherAt} with two digits swapped; check which one is right.`,
  },
  recon_sign_flip: {
    severity: "warning",
    message: (p: { amount: string; other: string; otherAt: string }) =>
      `The amount ${p.amount} is ${p.other} at ${p.otherAt} with the opposite sign; one of them may carry the wrong sign.`,
  },
  recon_decimal_shift: {
    severity: "warning",
    message: (p: { amount: string; other: string; otherAt: string; factor: string }) =>
      `The amount ${p.amount} is ${p.factor} ${p.other} at ${p.otherAt}; the decimal point may be in the wrong place.`,
  },
  recon_day_month_swap: {
    severity: "warning",
    message: (p: { date: string; other: string; otherAt: string; amount: string }) =>
      `The date ${p.date} with day and month swapped is ${p.other}, within days of the same amount ${p.amount} at ${p.otherAt}; one of the dates may be in the wrong order.`,
  },
  recon_matches_cleared: {
    severity: "warning",
    message: (p: { amount: string; otherAt: string; clearedWith: string }) =>
      `The same amount ${p.amount} as ${p.otherAt}, within days of it, which was cleared earlier against ${p.clearedWith}: if this statement repeats lines of that one (the two overlap), this line is reconciled there already; if not, it is new.`,
  },
  recon_duplicate: {
    severity: "warning",
    message: (p: { amount: string; otherAt: string }) =>
      `Looks like a duplicate of ${p.otherAt} (same amount ${p.amount}, date and description); remove one or confirm both are real.`,
  },
  recon_sums_to_difference: {
    severity: "info",
    message: (p: { amount: string; subject: string; count: number; items: string }) =>
      `The difference of ${p.amount} ${p.subject} equals the sum of ${p.count} open items: ${p.items}.`,
  },
  recon_opening_missing: {
    severity: "warning",
    message: (p: { amount: string; missing: string; other: string }) =>
      `${p.amount} remains unexplained, exactly the opening balance of ${p.other}, while ${p.missing} has none: give the opening balance of ${p.missing} and run again.`,
  },
  // The customer preset's book with no column naming each row's party: every party's rows take part.
  // `columns` are the book's headers, joined.
  recon_no_party_column: {
    severity: "warning",
    message: (p: { columns: string }) =>
      `No column names the customer (or supplier) of each row, so the rows of every party take part; that is right only where the table holds one party's rows. Name the column that holds the party (its columns: ${p.columns}) in a rules file ("left": {"columns": {"party": "…"}}) or under the pane's columns, then choose the party's rows with --select party=… or the pane's Rows to use.`,
  },
  recon_signs_opposite: {
    severity: "warning",
    message: (p: { book: string; statement: string; opposite: number; same: number; by?: string }) =>
      `${p.by === "reference" ? `Of the rows of ${p.book} whose reference ${p.statement} has too, ${p.opposite} have their amount there only with the opposite sign and ${p.same} with the same sign` : `Of the amounts of ${p.book} that ${p.statement} has too, ${p.opposite} appear there only with the opposite sign and ${p.same} with the same sign`}: the signs of one side seem to run the other way (money in read as money out), so its pairs are not explained. Check which of debit and credit is money in for ${p.book} and for ${p.statement}, or flip the sign of one side (in a rules file, "sign": "flip" under "left" or "right"), and run again.`,
  },
  recon_closing_disagrees: {
    severity: "warning",
    message: (p: { side: string; closing: string; opening: string; reached: string; gap: string }) =>
      `The closing balance of ${p.side} is ${p.closing}, but its opening balance ${p.opening} plus its rows make ${p.reached} (${p.gap} apart); check the closing balance, or look for a missing, duplicated or mistyped row in ${p.side} (the statement takes the closing balance as given).`,
  },
  recon_unexplained_unreadable: {
    severity: "warning",
    message: (p: { amount: string; book: string; statement: string; unread: string; rows: number }) =>
      `${p.amount} remains unexplained between ${p.book} and ${p.statement}, and ${p.unread} could not be read, so ${p.rows === 1 ? "it is in no balance and matches nothing: correct it" : "they are in no balance and match nothing: correct them"} and run again before looking further.`,
  },
  recon_unread_outside: {
    severity: "warning",
    message: (p: { unread: string; rows: number }) =>
      `${p.unread} could not be read and ${p.rows === 1 ? "is" : "are"} in no balance: the statement closes without ${p.rows === 1 ? "it" : "them"}.`,
  },
  recon_balance_currency_unknown: {
    severity: "warning",
    message: (p: { side: string; currencies: string }) =>
      `The balances of ${p.side} name no currency, and its rows are in ${p.currencies}: no statement takes them, so each statement starts ${p.side} from zero. Type them with the currency they are in (1,000.00 USD), or reconcile one currency at a time.`,
  },
  recon_unexplained_closing: {
    severity: "warning",
    message: (p: {
      amount: string;
      book: string;
      statement: string;
      side: string;
      gap: string;
      exact: boolean;
      more: boolean;
    }) =>
      p.exact
        ? `${p.amount} remains unexplained between ${p.book} and ${p.statement}, exactly the ${p.gap} by which the closing balance of ${p.side} ${p.more ? "exceeds" : "falls short of"} its opening balance plus its rows: check that closing balance and run again.`
        : `${p.amount} remains unexplained between ${p.book} and ${p.statement}, and the closing balance of ${p.side} differs from its opening balance plus its rows by ${p.gap}: check that closing balance first, then the opening balances, and look for missing rows.`,
  },
  recon_unexplained_difference: {
    severity: "warning",
    message: (p: { amount: string; book: string; statement: string }) =>
      `After all open items and adjustments, ${p.amount} remains unexplained between ${p.book} and ${p.statement}; check the opening balances and look for missing rows.`,
  },
  // A row its Status column marks void (FAILED, REVERTED) that the running balance moved by exactly its
  // amount: `balance` is the row's, `previous` the one before it in the statement's order, both as written.
  recon_void_booked: {
    severity: "warning",
    message: (p: { value: string; balance: string; previous: string }) =>
      `The row is marked ${p.value}, but its running balance shows it was booked (${p.balance} after ${p.previous}): it is read as a booking.`,
  },
});
