/** Types for bench/lighthouse-summary.mjs (imported by its unit test). */
export declare const LIGHTHOUSE_VERSION: string;

export interface LighthouseSummary {
  score: number | null;
  fcp: number | null;
  lcp: number | null;
  cls: number | null;
  tbt: number | null;
  speedIndex: number | null;
  interactive: number | null;
  lcpElement: string | null;
  lcpPhases: { phase: string; ms: number; percent: string }[];
  mainThread: { label: string; ms: number }[];
  bootup: { url: string; ms: number }[];
  longTasks: { url: string; ms: number; at: number }[];
  layoutShifts: { selector: string; score: number }[];
  observed: Record<string, number>;
  benchmarkIndex: number | null;
  warnings: string[];
  runtimeError: string | null;
}

/** One form factor's outcome: a summary, or why the run failed. */
export interface LighthouseResult {
  name: string;
  summary?: LighthouseSummary;
  error?: string;
}

export declare function summarise(lhr: unknown): LighthouseSummary;
export declare function toMarkdown(results: readonly LighthouseResult[], load?: readonly number[]): string;
