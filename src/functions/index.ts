/**
 * Entry of the functions bundle and its composition root: the runtime guard first; inside Excel, where the
 * functions learn the workbook's date system from (the only Excel call they make, read-only); then every
 * family of functions.
 */
import { probeDateSystem } from "../workbook/office/dateSystem";
import { useDateSystemSource } from "./dateSystem";
import { inExcel } from "./runtime";
import "./amount";
import "./reconcile";
import "./validate";

if (inExcel && typeof Excel !== "undefined" && typeof Excel.run === "function")
  useDateSystemSource(() => probeDateSystem((batch) => Excel.run(batch)));
