import { headersForBase } from '../../src/lib/deploy-headers.ts';

const sample = '# comment /x\n/*\n  X-Content-Type-Options: nosniff\n\n/_astro/*\n  Cache-Control: immutable\n';

describe('headersForBase', () => {
  it('leaves the file alone for a site at the root', () => {
    expect(headersForBase(sample, '/')).toBe(sample);
  });
  it('prefixes path rules, not headers or comments', () => {
    expect(headersForBase(sample, '/iop-guide/')).toBe(
      '# comment /x\n/iop-guide/*\n  X-Content-Type-Options: nosniff\n\n/iop-guide/_astro/*\n  Cache-Control: immutable\n',
    );
  });
});
