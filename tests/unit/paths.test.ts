import { isCurrentSection, withBase, smsHref } from '../../src/lib/paths.ts';

describe('withBase', () => {
  it('leaves root paths alone when the site is at the root', () => {
    expect(withBase('/', '/guides/')).toBe('/guides/');
  });
  it('prefixes the base path', () => {
    expect(withBase('/iop-guide/', '/guides/teens/')).toBe('/iop-guide/guides/teens/');
    expect(withBase('/iop-guide', '/faq/#hours')).toBe('/iop-guide/faq/#hours');
  });
  it('does not touch external links, phone links or same-page anchors', () => {
    expect(withBase('/x/', 'https://findtreatment.gov/')).toBe('https://findtreatment.gov/');
    expect(withBase('/x/', 'tel:988')).toBe('tel:988');
    expect(withBase('/x/', '#sources')).toBe('#sources');
  });
});

describe('isCurrentSection', () => {
  it('matches the section and pages below it', () => {
    expect(isCurrentSection('/guides/teens/', '/guides/')).toBe(true);
    expect(isCurrentSection('/guides', '/guides/')).toBe(true);
  });
  it('does not match a section that only shares a prefix', () => {
    expect(isCurrentSection('/guides-old/', '/guides/')).toBe(false);
    expect(isCurrentSection('/faq/', '/guides/')).toBe(false);
  });
});

describe('smsHref', () => {
  it('puts the address, encoded, in the message body with no number', () => {
    expect(smsHref('https://example.org/guides/teens/#cost')).toBe('sms:?&body=https%3A%2F%2Fexample.org%2Fguides%2Fteens%2F%23cost');
  });
  it('survives a round trip through the URL parser', () => {
    const href = smsHref('https://example.org/a b/?q=1&r=2');
    expect(decodeURIComponent(new URL(href).search.replace(/^\?&body=/, ''))).toBe('https://example.org/a b/?q=1&r=2');
  });
});
