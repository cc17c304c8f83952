import { describe, expect, it } from 'vitest';
import { FINGERPRINT_CONTEXT, fingerprint, fingerprintIn } from '../../../lib/engine/fingerprint';
import { Hash64, hash64 } from '../../../lib/engine/hash';

describe('fingerprints (stored in ignore lists: their values must never change)', () => {
  it('is the 64-bit hash of rule id, text and context joined by NULs', () => {
    expect(fingerprint('typo.x', '防讯', '做好', '工作')).toBe(hash64('typo.x\u0000防讯\u0000做好\u0000工作'));
    expect(hash64('typo.x\u0000防讯\u0000做好\u0000工作')).toBe('0f2ba71ed980cff0'); // computed by the hash64 before Hash64 existed;
  });

  it('fingerprintIn gives the fingerprint of the slices, at every span of a text', () => {
    const value = '各地要切实做好防讯工作，确保人民群众生命财产安全。';
    for (let start = 0; start <= value.length; start++) {
      for (let end = start; end <= value.length; end++) {
        expect(fingerprintIn('typo.x', value, start, end)).toBe(
          fingerprint(
            'typo.x',
            value.slice(start, end),
            value.slice(Math.max(0, start - FINGERPRINT_CONTEXT), start),
            value.slice(end, end + FINGERPRINT_CONTEXT),
          ),
        );
      }
    }
  });

  it('Hash64 fed piece by piece equals hash64 of the pieces', () => {
    expect(new Hash64().add('ab').addRange('xcdy', 1, 3).add('').hex()).toBe(hash64('abcd'));
    expect(hash64('a', 'b')).toBe(hash64('ab'));
  });
});
