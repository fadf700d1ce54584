/** Inventory: items (the SKU master), stock movements (replayed for negative stock) and stock counts. */
import { futureDates } from "../kindChecks/datePolicy";
import { mustExist } from "../kindChecks/lookups";
import { movementSign } from "../kindChecks/movementSign";
import { negativeStock } from "../kindChecks/negativeStock";
import { twoSided } from "../kindChecks/twoSided";
import { LOCATION, REFERENCE, SKU } from "./commonFields";
import type { KindDef, KindField } from "./types";

export const MOVEMENT_TYPES = ["receipt", "issue", "adjustment", "transfer"] as const;

export const ITEM_FIELDS: readonly KindField[] = [
  { ...SKU, rule: { unique: true } },
  {
    name: "name",
    label: "Name",
    synonyms: ["item name", "product", "product name", "description", "title"],
    type: "text",
    required: true,
  },
  { name: "unit", label: "Unit", synonyms: ["uom", "unit of measure", "units"], type: "text" },
  LOCATION,
  {
    name: "reorderPoint",
    label: "Reorder point",
    synonyms: ["reorder level", "min stock", "minimum stock", "rop", "reorder at"],
    type: "quantity",
    rule: { min: 0 },
  },
  {
    name: "reorderQuantity",
    label: "Reorder quantity",
    synonyms: ["reorder qty", "order quantity", "eoq", "reorder amount"],
    type: "quantity",
    rule: { min: 0 },
  },
  {
    name: "leadTimeDays",
    label: "Lead time days",
    synonyms: ["lead time", "lead days", "lead time in days"],
    type: "integer",
    rule: { min: 0 },
  },
  {
    name: "unitCost",
    label: "Unit cost",
    synonyms: ["cost", "cost price", "unit price", "price"],
    type: "amount",
    rule: { min: 0 },
  },
];

export const inventoryItems: KindDef = {
  id: "inventory-items",
  label: "Inventory items",
  fields: ITEM_FIELDS,
  needs: [[["sku"]], [["name"]]],
  checks: [],
};

const MOVEMENT_DATE: KindField = {
  name: "date",
  label: "Date",
  synonyms: ["movement date", "transaction date", "posting date"],
  type: "date",
  required: true,
};

export const stockMovements: KindDef = {
  id: "stock-movements",
  label: "Stock movements",
  fields: [
    MOVEMENT_DATE,
    SKU,
    LOCATION,
    {
      name: "quantity",
      label: "Quantity",
      synonyms: ["movement quantity", "change", "qty change"],
      type: "quantity",
    },
    {
      name: "qtyIn",
      label: "In",
      synonyms: ["quantity in", "qty in", "received", "receipts"],
      type: "quantity",
      rule: { min: 0 },
    },
    {
      name: "qtyOut",
      label: "Out",
      synonyms: ["quantity out", "qty out", "issued", "issues"],
      type: "quantity",
      rule: { min: 0 },
    },
    { name: "unitCost", label: "Unit cost", synonyms: ["cost", "cost price", "unit price"], type: "amount" },
    {
      name: "type",
      label: "Type",
      synonyms: ["movement type", "transaction type", "kind"],
      type: "text",
      rule: { allowed: [...MOVEMENT_TYPES] },
    },
    REFERENCE,
  ],
  needs: [[["date"]], [["sku"]], [["quantity"], ["qtyIn", "qtyOut"]]],
  checks: [
    mustExist("sku", "items", ITEM_FIELDS, ["sku"]),
    twoSided("qtyIn", "qtyOut"),
    negativeStock,
    movementSign,
    futureDates("date"),
  ],
};

export const stockCounts: KindDef = {
  id: "stock-counts",
  label: "Stock counts",
  fields: [
    { ...MOVEMENT_DATE, synonyms: ["count date", "counted on", "stocktake date"] },
    SKU,
    LOCATION,
    {
      name: "counted",
      label: "Counted quantity",
      synonyms: [
        "counted",
        "count",
        "counted qty",
        "physical count",
        "quantity counted",
        "qty counted",
        "on hand",
      ],
      type: "quantity",
      required: true,
      rule: { min: 0 },
    },
  ],
  needs: [[["sku"]], [["counted"]]],
  uniqueFields: [["sku", "location", "date"]],
  checks: [mustExist("sku", "items", ITEM_FIELDS, ["sku"]), futureDates("date")],
};
