import { linkRunIns } from '../../src/lib/link-spacing.ts';

describe('linkRunIns', () => {
  it('finds a word glued to the start of a link', () => {
    expect(linkRunIns('<p>See<a href="/x/">how it works</a>.</p>')).toHaveLength(1);
  });
  it('finds a word glued to the end of a link', () => {
    expect(linkRunIns('<p>Read <a href="/x/">the guide</a>now.</p>')).toHaveLength(1);
  });
  it('accepts spaces, punctuation and tags beside links', () => {
    expect(linkRunIns('<p>See <a href="/x/">how</a>, then <strong><a href="/y">this</a></strong>.</p><li><a href="/z">z</a></li>')).toEqual([]);
  });
  it('accepts an opening parenthesis or quote before a link', () => {
    expect(linkRunIns('<p>(<a href="/x/">x</a>) “<a href="/y/">y</a>”</p>')).toEqual([]);
  });
  it('ignores scripts, styles and comments', () => {
    expect(linkRunIns('<script>var s="x<a href>";</script><style>b</a>c{}</style><!-- a<a -->')).toEqual([]);
  });
  it('does not mistake other tags that start with "a" for links', () => {
    expect(linkRunIns('<p>word<abbr title="x">IOP</abbr> text<aside>x</aside></p>')).toEqual([]);
  });
  it('quotes the problem in its excerpt', () => {
    expect(linkRunIns('<p>You can also browse<a href="/guides/">all guides</a></p>')[0]!.excerpt).toContain('browse<a href="/guides/">');
  });
});
