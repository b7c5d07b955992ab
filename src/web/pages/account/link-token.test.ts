import { describe, expect, it } from 'vitest';
import { tokenFromHash } from './link-token';

describe('tokenFromHash', () => {
  it('reads the token after #token=', () => {
    expect(tokenFromHash('#token=Q2xhc3NpYy1iYXNlNjR1cmwtdG9rZW4_-')).toBe(
      'Q2xhc3NpYy1iYXNlNjR1cmwtdG9rZW4_-',
    );
  });

  it('gives an empty token when the address has none', () => {
    expect(tokenFromHash('')).toBe('');
    expect(tokenFromHash('#other=1')).toBe('');
  });
});
