import { bai2Party } from "./bai2Party";
import { readBai2 } from "./bai2";

describe("bai2Party", () => {
  it("takes the debtor of money in and the creditor of money out from tagged 88s, never the holder", () => {
    // A wire in: the bank tags the payer (DBNM) and the account holder (CRNM), one per 88.
    const wireIn = ["Incoming Wire, From: HARBOUR TRADING LLC, Client Ref ID: 77120", "EREF: 77120"].concat([
      "CRNM: NORTHWIND SUPPLY INC",
      "DBNM: HARBOUR TRADING LLC/",
    ]);
    expect(bai2Party(wireIn, 1)).toBe("HARBOUR TRADING LLC");
    const checkPaid = ["Check Paid, To: GREENLINE UTILITIES, Check Serial Number: 318"].concat([
      "CRNM: Greenline Utilities",
      "DBNM: Northwind Supply Inc.",
    ]);
    expect(bai2Party(checkPaid, -1)).toBe("Greenline Utilities");
    // An empty tag names nobody: the text's own label is read instead.
    expect(bai2Party(["ACH Debit Payment, To: WESTBROOK LTD, SEC: CCD", "CRNM: "], -1)).toBe("WESTBROOK LTD");
  });

  it("reads From: on money in and To: on money out, up to the next comma, returns too", () => {
    expect(bai2Party(['RTP Incoming, From: Westbrook Ltd, Remittance Info: "INV-1090"'], 1)).toBe(
      "Westbrook Ltd",
    );
    expect(bai2Party(["Outgoing Wire, To: TOKYO PARTS K.K."], -1)).toBe("TOKYO PARTS K.K.");
    expect(bai2Party(['ACH Debit Payment Return, Return From: Company One, Reason: "R02"'], 1)).toBe(
      "Company One",
    );
    // The label of the other direction names the holder: it is not taken.
    expect(bai2Party(["ACH Credit Reject, From: NORTHWIND SUPPLY INC, Entry Description: TRADE"], -1)).toBe(
      "",
    );
  });

  it("reads NACHA's company name of an ACH detail, up to the next label, in either direction", () => {
    const text = "ORIG CO NAME:HARBOUR TRADING CO ORIG ID:1234567890 DESC DATE:260302 CO ENTRY DESCR:PAYMENT";
    expect(bai2Party([text, "SEC:CCD TRACE#:021000021234567 IND NAME:NORTHWIND SUPPLY"], 1)).toBe(
      "HARBOUR TRADING CO",
    );
    expect(bai2Party(["ORIG CO NAME=CITY WATER DEPT ORIG ID=9876 SEC=PPD"], -1)).toBe("CITY WATER DEPT");
  });

  it("reads a wire's by-order-of on money in and its beneficiary on money out, without the account", () => {
    expect(bai2Party(["FEDWIRE CREDIT B/O: ACME SUPPLY CO REF: 20260302-118"], 1)).toBe("ACME SUPPLY CO");
    expect(bai2Party(["FEDWIRE DEBIT BNF=/9876543210 TOKYO PARTS KK OBI=INV 77"], -1)).toBe("TOKYO PARTS KK");
    expect(bai2Party(["FEDWIRE DEBIT BNF=/9876543210 TOKYO PARTS KK"], 1)).toBe("");
  });

  it("names nobody where the text labels no name", () => {
    expect(bai2Party(["RETURNED CHEQUE"], -1)).toBe("");
    expect(bai2Party(["WIRE FROM ACME SUPPLY CO, LLC;", "INVOICES 118, 119 AND 120"], 1)).toBe("");
    expect(bai2Party([], 1)).toBe("");
  });
});

describe("readBai2 names the party of a detail", () => {
  it("from the 88s that continue it, by the detail's direction", () => {
    const file = readBai2(
      [
        "01,BANK,CUST,260302,0600,7,,,2/",
        "02,CUST,BANK,1,260302,,,2/",
        "03,0975312468,USD,,,,/",
        "16,195,425000,,GI2606100001,INV-1041,Incoming Wire, From: HARBOUR TRADING LLC",
        "88,CRNM: NORTHWIND SUPPLY INC",
        "88,DBNM: HARBOUR TRADING LLC",
        "16,455,187540,,SB2606100002,BILL-552,ACH Debit Payment,To: GREENLINE UTILITIES, SEC: CCD",
        "88,CRNM: GREENLINE UTILITIES",
        "88,DBNM: NORTHWIND SUPPLY INC",
        "16,475,18690,,SC2606100003,318,Check Paid,-",
        "49,,/",
        "98,,,/",
        "99,,,/",
      ].join("\n"),
    );
    const lines = file.statements[0]?.lines ?? [];
    expect(lines.map((l) => l.party)).toEqual(["HARBOUR TRADING LLC", "GREENLINE UTILITIES", ""]);
    expect(lines[0]?.description).toBe(
      "Incoming Wire, From: HARBOUR TRADING LLC CRNM: NORTHWIND SUPPLY INC DBNM: HARBOUR TRADING LLC",
    );
  });
});
