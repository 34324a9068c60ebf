// @vitest-environment happy-dom
// The site ships its islands with Preact's React-compatible API, so the component tests must render with
// Preact as well: vitest.config.ts aliases react and react-dom to preact/compat. This fails if they ever
// fall back to the React in node_modules (Testing Library included).
import { render } from '@testing-library/react';
import { options } from 'preact';
import * as compat from 'preact/compat';
import * as compatClient from 'preact/compat/client';
import * as React from 'react';
import * as ReactDOMClient from 'react-dom/client';

it('resolves react and react-dom to preact/compat', () => {
  expect(React.createElement).toBe(compat.createElement);
  expect(React.useState).toBe(compat.useState);
  expect(ReactDOMClient.createRoot).toBe(compatClient.createRoot);
});

it('renders through Preact when Testing Library renders', () => {
  const seen: unknown[] = [];
  const before = options.diffed;
  options.diffed = (vnode) => {
    seen.push(vnode.type);
    before?.(vnode);
  };
  try {
    const { container } = render(<p className="probe">Hello</p>);
    expect(container.querySelector('p.probe')).toHaveTextContent('Hello');
  } finally {
    options.diffed = before;
  }
  expect(seen).toContain('p');
});
