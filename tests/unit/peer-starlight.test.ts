// The Starlight peer build renders our guides' MDX with stand-ins for our components. A component
// added to the guides without a stand-in breaks every peer run, so the two lists must match.
import { readFileSync } from 'node:fs';
import { peerStubNames } from '../../scripts/bench/peer-starlight.mjs';

describe('the peer run stands in for every component a guide may use', () => {
  it('has a stand-in for each name in guideComponents', () => {
    const source = readFileSync('src/components/guideComponents.ts', 'utf8');
    const names = source.match(/export const guideComponents = \{([^}]*)\}/)![1]!
      .split(',')
      .map((entry) => entry.trim().split(':')[0]!.trim())
      .filter((name) => /^[A-Z]/.test(name));
    expect(names.length).toBeGreaterThan(5);
    expect([...peerStubNames].sort()).toEqual([...names].sort());
  });
});
