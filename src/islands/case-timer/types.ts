/** The small, serialisable props the case page passes to the timer. */
export interface TimerPhase {
  id: string;
  title: string;
  minutes: number;
  prompts: string[];
}

export interface TimerCriterion {
  id: string;
  criterion: string;
  /** What a 4 looks like. */
  excellent: string;
}

export type Announce = (message: string) => void;
