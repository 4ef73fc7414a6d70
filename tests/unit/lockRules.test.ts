// The small rules of the lock screen and forms: the growing wait after wrong passphrases, and what a
// new passphrase must be.
import { describe, expect, it } from 'vitest';
import { MAX_UNLOCK_DELAY_MS, remainingDelayMs, unlockDelayMs } from '../../src/features/lock/unlockDelay';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from '../../src/features/lock/passphrase';
import { clampIdleMinutes, DEFAULT_IDLE_MINUTES } from '../../src/storage/lockSettings';

describe('wait after wrong passphrases', () => {
  it('doubles from one second and stops at five minutes', () => {
    expect(unlockDelayMs(0)).toBe(0);
    expect([1, 2, 3, 4, 5].map(unlockDelayMs)).toEqual([1000, 2000, 4000, 8000, 16000]);
    expect(unlockDelayMs(9)).toBe(256_000);
    expect(unlockDelayMs(10)).toBe(MAX_UNLOCK_DELAY_MS);
    expect(unlockDelayMs(10_000)).toBe(MAX_UNLOCK_DELAY_MS);
    expect(MAX_UNLOCK_DELAY_MS).toBe(300_000);
    expect(unlockDelayMs(Number.NaN)).toBe(0);
  });

  it('counts down from the last failure', () => {
    expect(remainingDelayMs(3, 10_000, 10_000)).toBe(4000);
    expect(remainingDelayMs(3, 10_000, 13_500)).toBe(500);
    expect(remainingDelayMs(3, 10_000, 20_000)).toBe(0);
    expect(remainingDelayMs(0, 10_000, 10_000)).toBe(0);
  });
});

describe('new passphrase', () => {
  it(`needs ${MIN_PASSPHRASE_LENGTH} characters, counted as people see them, typed the same twice`, () => {
    expect(passphraseProblem('kort', 'kort')).toBe('tooShort');
    expect(passphraseProblem('1234567', '1234567')).toBe('tooShort');
    expect(passphraseProblem('12345678', '12345678')).toBeUndefined();
    // Four emoji are eight UTF-16 units but four characters.
    expect(passphraseProblem('🐴🔋📎🐴', '🐴🔋📎🐴')).toBe('tooShort');
    expect(passphraseProblem('häst batteri', 'hast batteri')).toBe('mismatch');
    // "ä" typed as a + combining diaeresis is the same passphrase.
    expect(passphraseProblem('häst batteri', 'ha\u0308st batteri')).toBeUndefined();
  });
});

describe('idle time', () => {
  it('is 1 to 60 whole minutes, 5 when unset or nonsense', () => {
    expect(DEFAULT_IDLE_MINUTES).toBe(5);
    expect(clampIdleMinutes(undefined)).toBe(5);
    expect(clampIdleMinutes('10')).toBe(5);
    expect(clampIdleMinutes(0)).toBe(1);
    expect(clampIdleMinutes(1)).toBe(1);
    expect(clampIdleMinutes(30.4)).toBe(30);
    expect(clampIdleMinutes(90)).toBe(60);
  });
});
