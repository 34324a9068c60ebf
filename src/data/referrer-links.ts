// Which page a referrer should send for each common question from a family.

export const referrerLinks = [
  { question: 'What is an IOP?', label: 'What is an IOP?', path: '/guides/what-is-iop/' },
  { question: 'Can they keep working or stay in school?', label: 'What to expect', path: '/guides/what-to-expect/' },
  { question: 'Is this enough, or do they need more?', label: 'Levels of care', path: '/guides/levels-of-care/' },
  { question: 'How much will it cost? Will insurance pay?', label: 'Paying for IOP', path: '/guides/paying-for-iop/' },
  { question: 'It is for my teenager. What should I know?', label: 'IOP for teens', path: '/guides/teens/' },
  { question: 'How do we find a program?', label: 'Getting started', path: '/guides/getting-started/' },
  { question: 'Someone may be in danger.', label: 'Need help now?', path: '/help-now/' },
] as const;
