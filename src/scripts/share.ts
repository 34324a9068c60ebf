// The site's one small script (no framework): copy a link to a section, share, text or print a page.
// Controls that need it are rendered `hidden` and shown here, so nothing is broken without JS.
// Every copy shows "Copied" on the control itself for a moment and is announced to screen readers.
// Its messages, in the page's language, are read from the announcer's data attributes (BaseLayout).

const announcer = document.querySelector<HTMLElement>('[data-announcer]');
const words = {
  copied: announcer?.dataset.copied ?? 'Copied',
  linkCopied: announcer?.dataset.linkCopied ?? 'Link copied',
  couldNotCopy: announcer?.dataset.couldNotCopy ?? 'Could not copy',
  couldNotCopyLink: announcer?.dataset.couldNotCopyLink ?? 'Could not copy. The link is',
  printedOn: announcer?.dataset.printedOn ?? 'on',
  locale: announcer?.dataset.locale ?? 'en-US',
};

function announce(message: string): void {
  if (!announcer) return;
  // Clear first so the same message is announced again on a second copy.
  announcer.textContent = '';
  window.setTimeout(() => (announcer.textContent = message), 50);
}

/** Shows `label` beside the control (styled by `[data-copied]`) for two seconds. */
function flag(control: HTMLElement, label: string): void {
  control.dataset.copied = label;
  window.clearTimeout(Number(control.dataset.copiedTimer));
  control.dataset.copiedTimer = String(window.setTimeout(() => delete control.dataset.copied, 2000));
}

async function copy(text: string, control: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    flag(control, words.copied);
    announce(words.linkCopied);
  } catch {
    flag(control, words.couldNotCopy);
    announce(`${words.couldNotCopyLink} ${text}`);
  }
}

const pageUrl = () => `${location.origin}${location.pathname}`;

document.querySelectorAll<HTMLElement>('[data-needs-js]').forEach((el) => (el.hidden = false));

// The link to this page in the other language keeps what a tool put in the address (its answers in
// the query string, the same keys in both languages) and the section the reader is at.
// Set on load and again on use, since a tool rewrites the address as the reader answers.
const pagePathOf = (link: HTMLAnchorElement) => (link.dataset.languagePath ??= new URL(link.href).pathname);
function keepAddress(link: HTMLAnchorElement): void {
  const target = new URL(pagePathOf(link), location.origin);
  target.search = location.search;
  target.hash = location.hash;
  link.href = target.href;
}
const languageLinks = document.querySelectorAll<HTMLAnchorElement>('[data-language-link]');
languageLinks.forEach(keepAddress);
languageLinks.forEach((link) => ['pointerdown', 'focus'].forEach((type) => link.addEventListener(type, () => keepAddress(link))));

// The handout's "Printed on" date: today's, set again just before printing (without JS it stays a blank to fill in).
const stamp = () =>
  document.querySelectorAll<HTMLElement>('[data-today]').forEach((el) => {
    el.textContent = `${words.printedOn} ${new Date().toLocaleDateString(words.locale, { year: 'numeric', month: 'long', day: 'numeric' })}`;
  });
stamp();
window.addEventListener('beforeprint', () => {
  stamp();
  // A tool in a guide prints as one line: copy its current result into that line.
  document.querySelectorAll<HTMLElement>('[data-print-from]').forEach((el) => {
    const live = el.closest('.tool-embed')?.querySelector(el.dataset.printFrom ?? '');
    if (live?.textContent) el.textContent = live.textContent.trim();
  });
});

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const languageLink = target?.closest<HTMLAnchorElement>('[data-language-link]');
  if (languageLink) {
    keepAddress(languageLink);
    return;
  }
  const sectionLink = target?.closest<HTMLAnchorElement>('[data-section-link]');
  if (sectionLink) {
    // Follow the link as usual (the address shows the section) and copy it too.
    void copy(`${pageUrl()}${sectionLink.getAttribute('href') ?? ''}`, sectionLink);
    return;
  }
  const copyButton = target?.closest<HTMLElement>('[data-copy-link]');
  if (copyButton) {
    void copy(new URL(copyButton.dataset.copyLink ?? '', location.href).href, copyButton);
    return;
  }
  const shareButton = target?.closest<HTMLElement>('[data-share]');
  if (shareButton) {
    const data = { title: document.title, url: pageUrl() };
    if (typeof navigator.share === 'function') navigator.share(data).catch(() => undefined);
    else void copy(data.url, shareButton);
    return;
  }
  if (target?.closest('[data-print]')) window.print();
});
