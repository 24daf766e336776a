/** How big each measurement runs: the full size, or the reduced one CI runs in under a minute. */
export interface Sizes {
  quick: boolean
  seed: number
  /** The whole run must end within this many seconds; stages that no longer fit are skipped. */
  deadlineSeconds: number | null
  /**
   * alignBudgetSeconds: the import's align stage stops after the series that passes it, and the
   * rest is extrapolated (null: align everything).
   */
  ingest: { targetMb: number; yearsPerSeries: number; statementsPerDocument: number; alignBudgetSeconds: number | null }
  align: { statementsPerYear: number; repeats: number }
  diff: { rounds: number }
  web: { connections: number; pageSeconds: number; sustainedSeconds: number; sampleEverySeconds: number; importTimeoutSeconds: number }
  realCorpora: { timeoutSeconds: number }
}

export const SEED = 20_250_924

export function sizesFor(quick: boolean): Sizes {
  return quick
    ? {
        quick,
        seed: SEED,
        deadlineSeconds: 46,
        ingest: { targetMb: 3, yearsPerSeries: 20, statementsPerDocument: 120, alignBudgetSeconds: 5 },
        align: { statementsPerYear: 2_000, repeats: 1 },
        diff: { rounds: 3 },
        web: { connections: 50, pageSeconds: 3, sustainedSeconds: 5, sampleEverySeconds: 1, importTimeoutSeconds: 10 },
        realCorpora: { timeoutSeconds: 8 },
      }
    : {
        quick,
        seed: SEED,
        deadlineSeconds: null,
        ingest: { targetMb: 100, yearsPerSeries: 20, statementsPerDocument: 120, alignBudgetSeconds: 600 },
        align: { statementsPerYear: 10_000, repeats: 3 },
        diff: { rounds: 5 },
        web: { connections: 50, pageSeconds: 20, sustainedSeconds: 180, sampleEverySeconds: 5, importTimeoutSeconds: 900 },
        realCorpora: { timeoutSeconds: 900 },
      }
}
