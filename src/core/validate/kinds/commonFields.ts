/** Fields several kinds share, spelled once so their synonyms stay consistent. */
import type { KindField } from "./types";

export const CURRENCY: KindField = {
  name: "currency",
  label: "Currency",
  synonyms: ["currency code", "ccy", "cur", "iso currency"],
  type: "currency",
};

export const SKU: KindField = {
  name: "sku",
  label: "SKU",
  synonyms: [
    "item",
    "item code",
    "item number",
    "item id",
    "product code",
    "product id",
    "part number",
    "stock code",
    "article",
  ],
  type: "text",
  required: true,
};

export const LOCATION: KindField = {
  name: "location",
  label: "Location",
  synonyms: ["warehouse", "bin", "site", "store", "stock location"],
  type: "text",
};

export const TIME_ZONE: KindField = {
  name: "timeZone",
  label: "Time zone",
  synonyms: ["timezone", "tz", "zone", "time zone id"],
  type: "timezone",
};

export const REFERENCE: KindField = {
  name: "reference",
  label: "Reference",
  synonyms: ["reference number", "document number", "doc number", "source document"],
  type: "text",
};
