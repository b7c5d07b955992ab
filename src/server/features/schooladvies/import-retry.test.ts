/** writeReplacing: an import that lost the unique index to a simultaneous one runs again, up to three times. */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors';
import { writeReplacing } from './import-retry';

/** A write that the unique index refuses `times` times (as PostgreSQL reports it), then succeeds. */
function refusedWrite(times: number) {
  let calls = 0;
  const write = () => {
    calls += 1;
    return calls <= times
      ? Promise.reject(Object.assign(new Error('duplicate key'), { code: '23505' }))
      : Promise.resolve('ok');
  };
  return { write, calls: () => calls };
}

describe('writeReplacing', () => {
  it('runs the write again after a unique violation, and returns its answer', async () => {
    const w = refusedWrite(2);
    await expect(writeReplacing(w.write)).resolves.toBe('ok');
    expect(w.calls()).toBe(3);
  });

  it('answers 409 in Dutch after the third refusal, never more tries', async () => {
    const w = refusedWrite(5);
    const error = await writeReplacing(w.write).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      status: 409,
      code: 'conflict',
      message: 'Er werd tegelijk een ander bestand voor deze school ingelezen. Lees het bestand opnieuw in.',
    });
    expect(w.calls()).toBe(3);
  });

  it('passes any other error on at once', async () => {
    let calls = 0;
    const failure = new Error('disk full');
    const write = () => {
      calls += 1;
      return Promise.reject(failure);
    };
    await expect(writeReplacing(write)).rejects.toBe(failure);
    expect(calls).toBe(1);
  });
});
