// @vitest-environment happy-dom
// The site ships its islands with React (@astrojs/react), so the component tests must render with React as
// well, through Testing Library. This fails if react or react-dom ever resolve to something else again
// (an alias to a React-compatible layer, say).
import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as React from 'react';
import * as ReactDOM from 'react-dom';

const require = createRequire(import.meta.url);
const versionOf = (name: string) => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;

it('resolves react and react-dom to React 19 itself', () => {
  expect(React.version).toBe(versionOf('react'));
  expect(React.version).toMatch(/^19\./);
  expect(ReactDOM.version).toBe(versionOf('react-dom'));
});

it('renders through React when Testing Library renders', () => {
  const { container } = render(<p className="probe">Hello</p>);
  const probe = container.querySelector('p.probe');
  expect(probe).toHaveTextContent('Hello');
  // React DOM tags every node it creates with its own fiber key; no other renderer does.
  expect(Object.keys(probe!).some((key) => key.startsWith('__reactFiber$'))).toBe(true);
});
