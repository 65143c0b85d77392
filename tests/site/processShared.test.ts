import { describe, expect, it } from 'vitest';
import { processShared } from '../../src/site/processShared';

describe('processShared', () => {
  it('makes one object per name and gives it back to every later caller, as a module evaluated again would call it', () => {
    let made = 0;
    const first = processShared('zhiku.test.processShared', () => ({ made: ++made }));
    expect(processShared('zhiku.test.processShared', () => ({ made: ++made }))).toBe(first);
    expect(made).toBe(1);
    expect(processShared('zhiku.test.processShared.other', () => ({ made: ++made }))).not.toBe(first);
    // Kept where any copy of the module finds it: under the name's global symbol.
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('zhiku.test.processShared')]).toBe(first);
  });
});
