/**
 * The column mapping of an upload travels as JSON in the query string (the body is the file itself):
 * read it with the import's schema, and name the field inside `config` that is wrong.
 */
import type { z } from 'zod';
import { issuesOf, summarizeIssues } from '../../../shared/zod-nl';
import { invalidInput } from '../../errors';

export function parseConfigParam<T>(
  text: string | undefined,
  schema: z.ZodType<T>,
): T | Record<string, never> {
  if (!text) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalidInput('De koppeling (config) is geen geldige JSON.', [
      { field: 'config', message: 'geen geldige JSON' },
    ]);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = issuesOf(parsed.error).map((i) => ({ ...i, field: `config.${i.field}` }));
    throw invalidInput(summarizeIssues(issues), issues);
  }
  return parsed.data;
}
