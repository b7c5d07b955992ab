import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './client';
import { getEarly, getOnce } from './early';

function answering(...bodies: { status: number; body: unknown }[]) {
  const fetch = vi.fn(async () => {
    const next = bodies.shift() ?? { status: 200, body: null };
    return new Response(JSON.stringify(next.body), { status: next.status });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('getEarly and getOnce', () => {
  it('hand the early answer to the first asker only; the next asks the server again', async () => {
    const fetch = answering({ status: 200, body: { n: 1 } }, { status: 200, body: { n: 2 } });
    getEarly('/a');
    expect(await getOnce('/a')).toEqual({ n: 1 });
    expect(await getOnce('/a')).toEqual({ n: 2 });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('give a query that asks while the early GET is under way the same answer, not a second GET', async () => {
    const fetch = answering({ status: 200, body: { n: 1 } });
    getEarly('/b');
    const answer = getOnce('/b');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(await answer).toEqual({ n: 1 });
  });

  it('keep no failed early answer: a later asker sends its own GET', async () => {
    const fetch = answering(
      { status: 401, body: { error: { code: 'unauthorized' } } },
      { status: 200, body: 1 },
    );
    getEarly('/c');
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await getOnce('/c')).toBe(1);
  });

  it('hand an asker who comes at once the failure itself, as its own GET would have given', async () => {
    answering({ status: 401, body: { error: { code: 'unauthorized' } } });
    getEarly('/d');
    await expect(getOnce('/d')).rejects.toBeInstanceOf(ApiError);
  });

  it('do not hand out an answer older than 30 seconds', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const fetch = answering({ status: 200, body: 'old' }, { status: 200, body: 'new' });
    getEarly('/e');
    vi.advanceTimersByTime(31_000);
    expect(await getOnce('/e')).toBe('new');
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
