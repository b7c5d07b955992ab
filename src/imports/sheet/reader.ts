import type { SheetInfo, SheetReader, SheetRow } from './types';

/** A SheetReader over a generator of rows, started on first iteration and iterated once. */
export function sheetReader(rows: () => AsyncGenerator<SheetRow>, info: () => SheetInfo): SheetReader {
  let iterator: AsyncGenerator<SheetRow> | null = null;
  return {
    [Symbol.asyncIterator]() {
      iterator ??= rows();
      return iterator;
    },
    get info(): SheetInfo {
      return info();
    },
  };
}
