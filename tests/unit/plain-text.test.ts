import { facts } from '../../src/lib/facts.ts';
import { markdownToPlainText } from '../../src/lib/plain-text.ts';

describe('markdownToPlainText', () => {
  it('drops frontmatter and keeps the words of links', () => {
    expect(markdownToPlainText('---\ntitle: x\n---\nSee [the guide](/guides/teens/).')).toBe('See the guide.');
  });
  it('prints facts and help lines in words', () => {
    const text = markdownToPlainText('It takes <Fact id="iopHoursAdult" />. Call the <HelpLine id="samhsaHelpline" />.');
    expect(text).toContain(facts.iopHoursAdult);
    expect(text).toContain('SAMHSA National Helpline (Call 1-800-662-4357');
  });
  it('removes other tags, heading and list markers and emphasis', () => {
    expect(markdownToPlainText('## Work\n\n- **Yes**, <Term id="iop">IOP</Term> fits.')).toBe('Work\n\nYes, IOP fits.');
  });
  it('words a help line in the language of the text (a Spanish answer names the line in Spanish)', () => {
    const spanish = markdownToPlainText('La <HelpLine id="samhsaHelpline" /> es gratis.', 'es');
    expect(spanish).toContain('Línea Nacional de Ayuda de SAMHSA');
    expect(spanish).not.toMatch(/\bCall\b/);
    expect(markdownToPlainText('The <HelpLine id="samhsaHelpline" /> is free.')).toMatch(/\bCall\b/);
  });
});
