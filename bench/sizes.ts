/** How big each measurement runs: the full size, or the reduced one CI runs in under a minute. */
export interface Sizes {
  quick: boolean
  seed: number
  /** The whole run must end within this many seconds; stages that no longer fit are skipped. */
  deadlineSeconds: number | null
  /**
   * budgetSeconds: the import stops there and reports the part done (null: import it all);
   * withoutAlignmentSeconds: the same for the diagnostic import that does not align.
   */
  ingest: { targetMb: number; yearsPerSeries: number; statementsPerDocument: number; budgetSeconds: number | null; withoutAlignmentSeconds: number }
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
        ingest: { targetMb: 3, yearsPerSeries: 20, statementsPerDocument: 120, budgetSeconds: 5, withoutAlignmentSeconds: 2 },
        align: { statementsPerYear: 2_000, repeats: 1 },
        diff: { rounds: 3 },
        web: { connections: 50, pageSeconds: 3, sustainedSeconds: 5, sampleEverySeconds: 1, importTimeoutSeconds: 10 },
        realCorpora: { timeoutSeconds: 8 },
      }
    : {
        quick,
        seed: SEED,
        deadlineSeconds: null,
        ingest: { targetMb: 100, yearsPerSeries: 20, statementsPerDocument: 120, budgetSeconds: 600, withoutAlignmentSeconds: 60 },
        align: { statementsPerYear: 10_000, repeats: 3 },
        diff: { rounds: 5 },
        web: { connections: 50, pageSeconds: 20, sustainedSeconds: 180, sampleEverySeconds: 5, importTimeoutSeconds: 900 },
        realCorpora: { timeoutSeconds: 900 },
      }
}
