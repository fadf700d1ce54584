/**
 * The columns reconciliation reads from each table, with the header spellings that name them. A table
 * gives its amount either in one signed column or in a debit/credit (paid out/paid in) pair.
 */
import type { FieldSpec } from "../columnMap";

export type ReconcileField =
  | "date"
  | "amount"
  | "debit"
  | "credit"
  | "indicator"
  | "reference"
  | "description"
  | "party"
  | "currency"
  | "id"
  | "balance"
  | "account"
  | "contraAccount";

/**
 * A bank statement's "Paid Out" is the bank's debit and its "Paid In" the bank's credit, so both map to
 * the debit/credit pair; which of the two counts as money in is the side's sign convention.
 */
export const RECONCILE_FIELDS: readonly (FieldSpec & { readonly name: ReconcileField })[] = [
  {
    name: "date",
    label: "Date",
    synonyms: [
      "value date",
      "booking date",
      "posting date",
      "transaction date",
      "txn date",
      "entry date",
      "document date",
      "invoice date",
      "issue date",
      // German, French, Dutch, Spanish, Italian (a value date is left out: beside a booking date it would
      // make the date ambiguous in every German export)
      "datum",
      "buchungstag",
      "buchungsdatum",
      "date operation",
      "date comptable",
      "boekdatum",
      "transactiedatum",
      "fecha",
      "fecha operacion",
      "data operazione",
      "data contabile",
      "data",
      // The document date of a German ledger export (DATEV); the entry date of a French one (FEC)
      "belegdatum",
      "EcritureDate",
    ],
    // ING's booking date ("Valuta", beside it, is the value date); compared whole and only where no other
    // column names the date, as a ledger's "Buchung" may number its entries.
    fallbacks: ["buchung"],
    // Beside the date a booking is made (booked, completed, of the operation), the date it takes interest
    // from or a card payment was started on is not it: N26's and UBS's "Value date", Boursorama's
    // "dateVal", Italian "Data valuta", Revolut's "Started Date". Alone, such a column is the date.
    lesser: ["value date", "value", "val", "valuta", "started"],
  },
  {
    name: "amount",
    label: "Amount",
    synonyms: [
      "value",
      "transaction amount",
      "signed amount",
      "net amount",
      "invoice amount",
      "amount due",
      ...["betrag", "umsatz", "montant", "bedrag", "importe", "importo"],
      // DATEV's unsigned amount, beside its "Soll/Haben-Kennzeichen" (and its "Basis-Umsatz", "WKZ Umsatz")
      "Umsatz (ohne Soll/Haben-Kz)",
    ],
    // A payment service's amounts before and after its fee (PayPal's "Gross", "Fee", "Net"): the net one
    // moves the balance. Taken only where no column names the amount otherwise, as an invoice list's "Net"
    // beside its "Amount" is not it.
    fallbacks: ["net", "netto", "gross", "brutto"],
    // Beside another amount: the gross one, and one before exchange (N26's "Original Amount" beside its
    // "Amount (EUR)"). Alone, such a column is the amount.
    lesser: ["gross", "brutto", "original", "orig"],
    // An amount in another currency, a fee, a part of the amount or an order's option is not the amount
    // (PayPal's "Shipping and Handling Amount" and "Option 1 Value", Wise's "Exchange To Amount"), nor is a
    // date ("Value date" where the mapping names another column the date).
    excludes: ["foreign", "exchange", "fee", "fees", "shipping", "handling", "insurance", "option", "date"],
  },
  {
    name: "debit",
    label: "Debit",
    synonyms: [
      ...["debits", "debit amount", "paid out", "money out", "withdrawal", "withdrawals", "outflow"],
      ...["soll", "belastung", "ausgang", "debet", "cargo", "cargos", "addebiti", "uscite"],
      // PostFinance's debits, beside its "Gutschrift"
      "lastschrift",
    ],
    // A returned direct debit's original amount (Sparkasse's "Lastschrift Ursprungsbetrag") is no debit.
    excludes: ["ursprungsbetrag", "original", "orig"],
  },
  {
    name: "credit",
    label: "Credit",
    synonyms: [
      ...["credits", "credit amount", "paid in", "money in", "deposit", "deposits", "inflow"],
      ...["haben", "gutschrift", "eingang", "abono", "abonos", "accrediti", "entrate"],
    ],
    excludes: ["ursprungsbetrag", "original", "orig"],
  },
  {
    // An unsigned amount column with a column saying which way each amount goes: "Dr/Cr", a Dutch
    // bank's "Af Bij", German "Soll/Haben-Kennzeichen" (cell values: readIndicator in cells.ts).
    name: "indicator",
    label: "Dr/Cr indicator",
    synonyms: [
      ...["debit credit", "credit debit", "debit credit indicator", "credit debit indicator"],
      ...["debit credit flag", "debit credit mark", "af bij", "bij af", "soll haben"],
      ...["soll haben kennzeichen", "s h", "sh kennzeichen", "dare avere", "cargo abono"],
      // A bank's "D/C" or "DC" beside an unsigned amount, and "C/D"
      ...["D/C", "C/D"],
    ],
  },
  {
    name: "reference",
    label: "Reference",
    synonyms: [
      "reference number",
      "document number",
      "doc number",
      "invoice number",
      "invoice no",
      "cheque number",
      "check number",
      "payment reference",
      "bank reference",
      ...["referenz", "belegnummer", "rechnungsnummer", "numero de facture", "kenmerk"],
      ...["betalingskenmerk", "factuurnummer", "referencia", "numero de factura", "riferimento"],
      "numero fattura",
      // DATEV's first document field, FEC's document reference: the invoice number
      "belegfeld 1",
      "PieceRef",
      // Chase's cheque and deposit slip number ("Check #" reads as "check number" already)
      "check or slip #",
    ],
    // QuickBooks' register and transaction reports: the cheque's or the invoice's number
    writtenFallbacks: ["num"],
  },
  {
    name: "description",
    label: "Description",
    synonyms: [
      ...["details", "narrative", "narration", "memo", "particulars", "transaction details", "text"],
      // "Buchungstext" is left out: German exports that have it beside Verwendungszweck hold the kind of
      // booking there ("LASTSCHRIFT"), not what it was for.
      ...["verwendungszweck", "beschreibung", "libelle", "omschrijving", "mededelingen", "concepto"],
      ...["descripcion", "descrizione", "causale", "dettagli"],
      // Sparkasse's and Volksbank's purpose split over "VWZ1" to "VWZ14" or "Verwendungszweckzeile 1" and on,
      // read joined (joinedColumns.ts); a lone "VWZ" is the description too.
      ...["vwz", "verwendungszweckzeile"],
      // PostFinance's "Avisierungstext" and "Notification text"
      ...["avisierungstext", "notification text"],
      "EcritureLib",
    ],
    // A ledger export's booking text, where nothing else describes the line.
    fallbacks: ["buchungstext"],
  },
  {
    name: "party",
    label: "Party",
    synonyms: [
      ...["payee", "payer", "counterparty", "customer", "supplier", "vendor", "customer name"],
      // Xero's "Contact" (and "ContactName"), a practice's "Client": "Supplier Name", "Vendor Name" and
      // "Client Name" read as these by their words. Not "Account Name": a ledger's names its accounts.
      ...["contact", "client"],
      ...["empfanger", "empfaenger", "auftraggeber", "zahlungsempfanger", "zahlungsempfaenger"],
      ...["beguenstigter zahlungspflichtiger", "begunstigter zahlungspflichtiger", "kunde", "lieferant"],
      ...["geschaeftspartner", "geschaftspartner", "partner"],
      ...["tiers", "beneficiaire", "fournisseur", "tegenpartij", "naam tegenpartij", "klant"],
      // A Dutch bank's "Naam / Omschrijving" names the other party ("Mededelingen" is the description).
      ...["naam", "naam omschrijving"],
      ...["leverancier", "beneficiario", "ordenante", "proveedor", "fornitore", "controparte"],
      // FEC: the name of the customer's or supplier's sub-account
      "CompAuxLib",
    ],
    // Beside the party, the one a payment was finally meant for (Deutsche Bank's and Postbank's
    // "Abweichender Empfänger"), and a party's number beside its name (Wise's "Payee Account Number"
    // beside "Payee Name"). Alone, a customer's number is the party.
    lesser: [
      ...["abweichender", "ultimate", "uiteindelijke"],
      ...["account", "number", "id", "konto", "kontonummer"],
    ],
    // A party's bank account or address is not the party (N26's "Partner Iban", PayPal's "Empfänger
    // E-Mail-Adresse").
    excludes: ["iban", "bic", "email", "mail", "address", "adresse"],
  },
  {
    name: "currency",
    label: "Currency",
    // Not "valuta": a currency in Dutch and Italian, a value date in German.
    synonyms: [
      "currency code",
      "ccy",
      "iso currency",
      "wahrung",
      "waehrung",
      "devise",
      "munt",
      "moneda",
      "divisa",
      // DATEV: the currency of "Umsatz"; FEC: the currency of "Montantdevise"
      "wkz umsatz",
      "Idevise",
    ],
    // A currency right after the amount (or a debit or credit) is that amount's: a bank's
    // "Saldo;Währung;Betrag;Währung" gives the amount's currency, not a tie with the balance's.
    follows: ["amount", "debit", "credit"],
    // The currency of an amount before exchange, or of a fee (Revolut Business's "Orig currency" and "Fee
    // currency" beside its "Payment currency").
    excludes: ["original", "orig", "foreign", "exchange", "fee", "fees"],
  },
  {
    name: "id",
    label: "Transaction ID",
    synonyms: ["transaction id", "txn id", "fitid", "bank id", "unique id"],
  },
  {
    name: "balance",
    label: "Balance",
    synonyms: [
      ...["running balance", "balance after", "closing balance", "account balance", "ledger balance"],
      ...["saldo", "kontostand", "solde", "guthaben"],
    ],
  },
  {
    name: "account",
    label: "Account",
    synonyms: [
      ...["account number", "account code", "gl account", "gl code", "ledger account", "account no"],
      // German ledger exports; France's legal ledger export (FEC)
      ...["konto", "sachkonto", "CompteNum"],
    ],
  },
  {
    // Ledgers that book each entry on one line, from an account to a contra account (DATEV's "Konto" and
    // "Gegenkonto", an ERP's "Bal. Account No."): an account selection also takes the lines booked to it
    // as the contra account, with the amount turned round (see selection.ts).
    name: "contraAccount",
    label: "Contra account",
    synonyms: [
      ...["contra account number", "offset account", "balancing account", "bal. account no."],
      ...["gegenkonto", "Gegenkonto (ohne BU-Schlüssel)", "compte de contrepartie"],
    ],
  },
];

export function fieldLabel(field: string): string {
  return RECONCILE_FIELDS.find((f) => f.name === field)?.label ?? field;
}
