/** Shared date vocabulary: Excel's two date systems and the orders a text date may be written in. */

/** 1900: Windows Excel's default (with the phantom 1900-02-29); 1904: old Mac workbooks. */
export type DateSystem = 1900 | 1904;

/** Order of day, month and year in a numeric text date; ISO "YYYY-MM-DD" is accepted under every order. */
export type DateOrder = "YMD" | "DMY" | "MDY";

export type DateFailureCode =
  "date_blank" | "date_invalid" | "date_ambiguous" | "date_out_of_range" | "date_error_cell";
