// Which page a referrer should send for each common question from a family, in each language. Paths
// are the English pages; the Spanish kit links to their Spanish pairs (src/i18n/pairs.ts).
import type { Lang } from '../i18n/lang.ts';

interface ReferrerLink {
  /** English site path of the page to send. */
  path: string;
  words: Record<Lang, { question: string; label: string }>;
}

export const referrerLinks: readonly ReferrerLink[] = [
  {
    path: '/guides/what-is-iop/',
    words: {
      en: { question: 'What is an IOP?', label: 'What is an IOP?' },
      es: { question: '¿Qué es un IOP?', label: '¿Qué es un IOP?' },
    },
  },
  {
    path: '/guides/what-to-expect/',
    words: {
      en: { question: 'Can they keep working or stay in school?', label: 'What to expect' },
      es: { question: '¿Puede seguir trabajando o ir a la escuela?', label: 'Qué esperar en un IOP' },
    },
  },
  {
    path: '/guides/levels-of-care/',
    words: {
      en: { question: 'Is this enough, or do they need more?', label: 'Levels of care' },
      es: { question: '¿Es suficiente, o necesita más ayuda?', label: 'Niveles de atención' },
    },
  },
  {
    path: '/guides/paying-for-iop/',
    words: {
      en: { question: 'How much will it cost? Will insurance pay?', label: 'Paying for IOP' },
      es: { question: '¿Cuánto cuesta? ¿Lo paga el seguro?', label: 'Cómo pagar un IOP' },
    },
  },
  {
    path: '/guides/teens/',
    words: {
      en: { question: 'It is for my teenager. What should I know?', label: 'IOP for teens' },
      es: { question: 'Es para mi hijo adolescente. ¿Qué debo saber?', label: 'IOP para adolescentes' },
    },
  },
  {
    path: '/guides/getting-started/',
    words: {
      en: { question: 'How do we find a program?', label: 'Getting started' },
      es: { question: '¿Cómo encontramos un programa?', label: 'Cómo empezar' },
    },
  },
  {
    path: '/help-now/',
    words: {
      en: { question: 'Someone may be in danger.', label: 'Need help now?' },
      es: { question: 'Alguien puede estar en peligro.', label: '¿Necesita ayuda ahora?' },
    },
  },
];
