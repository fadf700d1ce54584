/** The workbook's tables with their detected kinds, loaded when the panel opens and on refresh. */
import { useCallback, useEffect, useState } from "react";
import type { CandidateTable, ValidationService } from "../../../services/validation";
import { errorText } from "./clock";

export interface TablesState {
  readonly tables: readonly CandidateTable[] | null;
  readonly error: string | null;
  readonly reload: () => void;
}

export function useTables(service: ValidationService): TablesState {
  const [tables, setTables] = useState<readonly CandidateTable[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    service.listCandidateTables().then(
      (list) => {
        if (!live) return;
        setTables(list);
        setError(null);
      },
      (e: unknown) => {
        if (live) setError(errorText(e));
      },
    );
    return () => {
      live = false;
    };
  }, [service, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { tables, error, reload };
}
