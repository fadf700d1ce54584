import { amountColumnsOf, holderOf, withAmountColumns, withColumn } from "./amountColumns";

describe("amount columns, one way at a time", () => {
  it("keeps the way chosen while the columns allow it, else reads it from the columns", () => {
    expect(amountColumnsOf({ debit: "Debit", credit: "Credit" }, null)).toBe("debit-credit");
    expect(amountColumnsOf({ amount: "Amount", indicator: "Dr/Cr" }, null)).toBe("indicator");
    // An Amount column wins, as the reading does.
    expect(amountColumnsOf({ amount: "Amount", debit: "Debit" }, null)).toBe("amount");
    expect(amountColumnsOf({}, "debit-credit")).toBe("debit-credit");
    expect(amountColumnsOf({ debit: "Debit" }, "amount")).toBe("debit-credit");
  });

  it("sets the other ways' fields not in the table, and lets this way's be detected again", () => {
    expect(withAmountColumns({ amount: null, reference: "Ref" }, "debit-credit")).toEqual({
      amount: null,
      indicator: null,
      reference: "Ref",
    });
    expect(withAmountColumns({ debit: "Paid Out", credit: null, amount: "Sum" }, "amount")).toEqual({
      amount: "Sum",
      debit: null,
      credit: null,
      indicator: null,
    });
  });

  it("gives a column to one field only", () => {
    const current = { debit: "Debit", credit: "Credit", reference: "Ref" };
    expect(holderOf(current, "credit", " debit ")).toBe("debit");
    expect(holderOf(current, "debit", "Debit")).toBeUndefined();
    expect(withColumn({}, current, "credit", "Debit")).toEqual({ credit: "Debit", debit: null });
    expect(withColumn({ debit: "Debit" }, current, "debit", null)).toEqual({ debit: null });
  });
});
