/**
 * Teambesprekingen and besprekingen keep the figures as they stood on the day. Those stored before the
 * verdict said direction × certainty hold the old codes (behaald, niet-behaald, niet-te-onderscheiden).
 * Reading one gives every such verdict its current code back from the figure frozen beside it (value,
 * interval, ambition, direction) by the same rule, so an old bespreking opens and reads as a new one:
 * the figures themselves never change.
 */
import { isLegacyVerdict, verdictOf, type VerdictInterval } from '../../../domain/ambitions-verdict';

const numberOrNull = (x: unknown): number | null => (typeof x === 'number' ? x : null);

function intervalOrNull(x: unknown): VerdictInterval | null {
  if (typeof x !== 'object' || x === null || !('low' in x) || !('high' in x)) return null;
  const { low, high } = x;
  return typeof low === 'number' && typeof high === 'number' ? { low, high } : null;
}

/** One stored object with its own verdicts brought up to date (a figure, or a referentie row). */
function upgraded(o: Record<string, unknown>): Record<string, unknown> {
  const interval = intervalOrNull(o.interval);
  const out = { ...o };
  if (isLegacyVerdict(o.verdict))
    out.verdict = verdictOf(
      numberOrNull(o.value),
      interval,
      numberOrNull(o.target) ?? numberOrNull(o.ambition),
      o.direction === 'atMost' ? 'atMost' : 'atLeast',
    );
  if (isLegacyVerdict(o.signaleringVerdict))
    out.signaleringVerdict = verdictOf(
      numberOrNull(o.share),
      interval,
      numberOrNull(o.signaleringswaarde),
      'atLeast',
    );
  if (isLegacyVerdict(o.ambitionVerdict))
    out.ambitionVerdict = verdictOf(numberOrNull(o.share), interval, numberOrNull(o.ambition), 'atLeast');
  return out;
}

/** The stored snapshot with every verdict in today's codes; a snapshot that has them comes back equal. */
export function withCurrentVerdicts(stored: unknown): unknown {
  if (Array.isArray(stored)) return stored.map(withCurrentVerdicts);
  if (typeof stored !== 'object' || stored === null) return stored;
  const walked = Object.fromEntries(Object.entries(stored).map(([k, v]) => [k, withCurrentVerdicts(v)]));
  return upgraded(walked);
}
