// Finds words that run into a link in built HTML ("Seehow the levels…"): a letter directly before
// `<a` or directly after `</a>`. Templates that break a line between a word and a link can lose the
// space in the build, and a reader sees two words glued together.

export interface RunIn {
  /** A short stretch of the HTML around the problem, for the error message. */
  excerpt: string;
}

const runIn = /[\p{L}\p{N}]<a[\s>]|<\/a>[\p{L}\p{N}]/gu;

/** Every place in `html` where a word touches a link with no space between them. */
export function linkRunIns(html: string): RunIn[] {
  // Scripts, styles and attribute values are not text a reader sees.
  const text = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '').replace(/<!--[\s\S]*?-->/g, '');
  return [...text.matchAll(runIn)].map((m) => {
    const start = Math.max(0, m.index - 30);
    return { excerpt: text.slice(start, m.index + 50).replace(/\s+/g, ' ') };
  });
}
