// Fills a dictionary sentence's {placeholders}: "Name of program {n}" → "Name of program 2". The
// dictionaries hold plain strings (no functions) so an island can take its language's words as a prop.

/** Replaces each {name} with its value; a placeholder with no value is left as it is, so a test can see it. */
export function fillIn(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
