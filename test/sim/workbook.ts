/** The workbook root: worksheets, tables, notes, application (calculation/screen suspension) and functions. */
import type { SimContext } from "./context";
import { SimMisuse } from "./errors";
import type { SimWorkbook } from "./model";
import { NoteCollectionProxy } from "./notes";
import { SimClientResult, SimProxy } from "./proxy";
import { TableCollectionProxy } from "./table";
import { dateSerial } from "./values";
import { WorksheetCollectionProxy } from "./worksheet";

export class WorkbookProxy extends SimProxy<SimWorkbook> {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly application: ApplicationProxy;
  readonly functions: FunctionsProxy;

  constructor(context: SimContext) {
    super(context, "workbook", "Workbook");
    this.worksheets = new WorksheetCollectionProxy(context);
    this.tables = new TableCollectionProxy(context, "workbook.tables");
    this.application = new ApplicationProxy(context);
    this.functions = new FunctionsProxy(context);
  }

  protected resolve(): SimWorkbook {
    return this.context.sim.model;
  }

  protected readProp(_wb: SimWorkbook, name: string): unknown {
    throw new SimMisuse(`Workbook.${name} is not simulated`);
  }

  get notes(): NoteCollectionProxy {
    return new NoteCollectionProxy(this.context, "workbook.notes");
  }
}

export class ApplicationProxy extends SimProxy<SimWorkbook> {
  constructor(context: SimContext) {
    super(context, "workbook.application", "Application");
  }
  protected resolve(): SimWorkbook {
    return this.context.sim.model;
  }
  protected readProp(_wb: SimWorkbook, name: string): unknown {
    throw new SimMisuse(`Application.${name} is not simulated`);
  }
  suspendApiCalculationUntilNextSync(): void {
    this.queue("suspendApiCalculationUntilNextSync", null, () => {
      this.context.requires("1.6", "Application.suspendApiCalculationUntilNextSync");
      this.context.sim.stats.calcSuspensions++;
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.queue("suspendScreenUpdatingUntilNextSync", null, () => {
      this.context.requires("1.9", "Application.suspendScreenUpdatingUntilNextSync");
      this.context.sim.stats.screenSuspensions++;
    });
  }
}

/** Worksheet functions evaluated by the host without touching cells (ExcelApi 1.2). */
export class FunctionsProxy extends SimProxy<SimWorkbook> {
  constructor(context: SimContext) {
    super(context, "workbook.functions", "Functions");
  }
  protected resolve(): SimWorkbook {
    return this.context.sim.model;
  }
  protected readProp(_wb: SimWorkbook, name: string): unknown {
    throw new SimMisuse(`Functions.${name} is not simulated`);
  }
  /** DATE(year, month, day): the serial in the workbook's date system. */
  date(
    year: number,
    month: number,
    day: number,
  ): { load(p: string): unknown; readonly value: number; readonly error: string | null } {
    const result = new SimClientResult<{ value: number; error: string | null }>();
    const handle = {
      load: () => handle,
      get value(): number {
        return result.value.value;
      },
      get error(): string | null {
        return result.value.error;
      },
    };
    this.queue(
      "date",
      [year, month, day],
      () => {
        this.context.requires("1.2", "Functions.date");
        const wb = this.context.sim.model;
        const v = dateSerial(year, month, day, wb.date1904);
        return v === null || v < 0 ? { value: 0, error: "#NUM!" } : { value: v, error: null };
      },
      (data) => result.set(data as { value: number; error: string | null }),
    );
    return handle;
  }
}
