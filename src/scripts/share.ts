// The site's one small script (no framework): copy a link to a section, share or print a page.
// Controls that need it are rendered `hidden` and shown here, so nothing is broken without JS.

const announcer = document.querySelector<HTMLElement>('[data-announcer]');

function announce(message: string): void {
  if (!announcer) return;
  // Clear first so the same message is announced again on a second copy.
  announcer.textContent = '';
  window.setTimeout(() => (announcer.textContent = message), 50);
}

async function copy(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce('Link copied');
  } catch {
    announce(`Could not copy. The link is ${text}`);
  }
}

const pageUrl = () => `${location.origin}${location.pathname}`;

document.querySelectorAll<HTMLElement>('[data-needs-js]').forEach((el) => (el.hidden = false));

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const sectionLink = target?.closest<HTMLAnchorElement>('[data-section-link]');
  if (sectionLink) {
    // Follow the link as usual (the address shows the section) and copy it too.
    void copy(`${pageUrl()}${sectionLink.getAttribute('href') ?? ''}`);
    return;
  }
  const copyButton = target?.closest<HTMLElement>('[data-copy-link]');
  if (copyButton) {
    void copy(new URL(copyButton.dataset.copyLink ?? '', location.href).href);
    return;
  }
  if (target?.closest('[data-share]')) {
    const data = { title: document.title, url: pageUrl() };
    if (typeof navigator.share === 'function') navigator.share(data).catch(() => undefined);
    else void copy(data.url);
    return;
  }
  if (target?.closest('[data-print]')) window.print();
});
