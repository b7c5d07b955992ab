/** An id for a new goal, unique within the OPP (crypto.randomUUID needs a secure context). */
export function newGoalId(taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n += 1) {
    const id = `d${n}`;
    if (!taken.includes(id)) return id;
  }
}
