/**
 * A driver that fails at chosen steps of its writes, for fault tests over the memory workbook. Steps are
 * counted across every `apply` call through `counter`, so a test can first count the steps of an operation
 * (with an empty `failAt`) and then fail at each one in turn. With `after`, the step is applied first and
 * the failure reported afterwards, as a host does when a sync is lost after the workbook changed.
 */
import { DriverFailure, type Driver, type Step } from "../../src/workbook/driver";

export function faultyDriver(
  inner: Driver,
  failAt: ReadonlySet<number>,
  counter: { count: number } = { count: 0 },
  after = false,
): Driver {
  return {
    ...inner,
    shape: (o) => inner.shape(o),
    listTables: (o) => inner.listTables(o),
    readTable: (r, o) => inner.readTable(r, o),
    dateSystem: () => inner.dateSystem(),
    capture: (c, o) => inner.capture(c, o),
    readValues: (s, a, o) => inner.readValues(s, a, o),
    verify: (e, o) => inner.verify(e, o),
    selectCell: (s, a) => inner.selectCell(s, a),
    settings: inner.settings,
    supportsNotes: inner.supportsNotes,
    host: inner.host,
    async apply(steps: readonly Step[], opts) {
      for (let i = 0; i < steps.length; i++) {
        const k = counter.count++;
        if (failAt.has(k) && !after) throw new DriverFailure("GeneralException", "injected", i, `step ${i}`);
        await inner.apply([steps[i] as Step]);
        if (failAt.has(k) && after)
          throw new DriverFailure("GeneralException", "injected after applying", i, `step ${i}`);
        opts?.onSync?.(i + 1, `step ${i}`);
      }
    },
  };
}
