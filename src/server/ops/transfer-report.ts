/** What a transfer did per table, and the lines a person reads about it. */
import { sameChecksum, shortSum, type TableChecksum } from './checksum';

export interface TableReport {
  table: string;
  /** Rows of the scope in the source. */
  selected: number;
  written: number;
  /** Shared rows already in the target (same id): the target's row stays. */
  kept: number;
  /** Own rows whose id the target already holds (refused). */
  clashes: number;
  /** Over the rows written, as read from the source and as read back from the target. */
  source: TableChecksum;
  target: TableChecksum | null;
}

export interface TransferReport {
  dryRun: boolean;
  tables: TableReport[];
}

/** The transfer did not happen, and nothing was written; the message says why, in Dutch. */
export class TransferRefusedError extends Error {
  constructor(
    message: string,
    readonly report?: TransferReport,
  ) {
    super(message);
  }
}

/** One line per table: rows, what happened to them, and the two checksums side by side. */
export function reportLines(report: TransferReport): string[] {
  const width = Math.max(5, ...report.tables.map((t) => t.table.length));
  const header = `${'tabel'.padEnd(width)}  ${'rijen'.padStart(8)}  ${'gekopieerd'.padStart(10)}  ${'bleef'.padStart(6)}  ${'botsing'.padStart(7)}  controle bron / doel`;
  const lines = report.tables.map((t) => {
    const check = t.target
      ? `${shortSum(t.source)} / ${shortSum(t.target)} ${sameChecksum(t.source, t.target) ? 'gelijk' : 'VERSCHILT'}`
      : `${shortSum(t.source)} (proefrit)`;
    const written = report.dryRun ? t.selected - t.kept - t.clashes : t.written;
    return `${t.table.padEnd(width)}  ${String(t.selected).padStart(8)}  ${String(written).padStart(10)}  ${String(t.kept).padStart(6)}  ${String(t.clashes).padStart(7)}  ${check}`;
  });
  return [header, ...lines];
}
