import fc from 'fast-check';
import { en } from '../../src/data/search-words/en.ts';
import { crisisMatch, mentionsCrisis } from '../../src/lib/search-crisis.ts';

const crisis = (text: unknown) => mentionsCrisis(text, en.crisisPhrases);

describe('mentionsCrisis (English list)', () => {
  it.each([
    'suicide',
    'Suicidal thoughts',
    'someone is thinking about suicide right now',
    'kill myself',
    'I want to KILL MYSELF',
    'i wanna die',
    'I want to die',
    'self-harm',
    'self harm',
    'selfharm',
    'Self–harming teen',
    'my friend overdosed what do I do',
    'overdose',
    'od',
    "my brother od'd",
    "i don't feel safe",
    'not safe at home',
    'emergency',
    'hurting myself',
    'she has been cutting',
    'end my life',
    'better off dead',
    '988',
  ])('“%s”', (query) => {
    expect(crisis(query)).toBe(true);
  });

  it.each([
    // Common misspellings, listed or one typo away.
    'sucide',
    'suiside',
    'sucidal',
    'suicdal',
    'suicidle',
    'overdoes',
    'overdosed',
    'over dose',
    'emergancy',
    'emergeny',
    'kil myself',
    'killmyself',
    'hurting myslef',
    'self harn',
  ])('misspelled: “%s”', (query) => {
    expect(crisis(query)).toBe(true);
  });

  it.each([
    'insurance',
    'how many hours a week is iop',
    'can I keep working',
    'what to bring on the first day',
    'is online iop as good',
    'drug tests',
    'my son refuses to go',
    'what if I relapse',
    'school',
    'Medicare',
    'how long does iop last',
    'outpatient',
  ])('not crisis: “%s”', (query) => {
    expect(crisis(query)).toBe(false);
  });

  it('names the phrase that matched', () => {
    expect(crisisMatch('Kill myself', en.crisisPhrases)).toBe('kill myself');
    expect(crisisMatch('suicidal', en.crisisPhrases)).toBe('suicid*');
    expect(crisisMatch('insurance', en.crisisPhrases)).toBeNull();
  });

  it('ignores curly quotes, accents and HTML around the words', () => {
    expect(crisis('I don’t feel safe')).toBe(true);
    expect(crisis('<b>suicide</b>')).toBe(true);
    expect(crisis('suïcide')).toBe(true);
  });

  it('never throws, whatever it is given', () => {
    for (const value of [null, undefined, 0, {}, [], '', '   ', '!!!', '😟'.repeat(5000), 'a'.repeat(100_000)]) {
      expect(() => crisis(value)).not.toThrow();
    }
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => typeof crisis(text) === 'boolean'));
  });

  it('still finds the words in a long query', () => {
    expect(crisis(`${'my son has been struggling at school and at home '.repeat(2)} and now he says he wants to die`)).toBe(true);
  });
});
