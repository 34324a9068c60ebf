// The publications behind every number on the site. Guides list their own sources in frontmatter;
// these are the ones the data module cites, so a reader can trace any figure back to its origin.

export interface Source {
  title: string;
  publisher: string;
  year: number;
  url?: string;
}

export const sources = {
  asam3: {
    title: 'The ASAM Criteria, 3rd edition (levels 1, 2.1 and 2.5)',
    publisher: 'American Society of Addiction Medicine',
    year: 2013,
    url: 'https://www.asam.org/asam-criteria',
  },
  asam4: {
    title: 'The ASAM Criteria, 4th edition (adult volume)',
    publisher: 'American Society of Addiction Medicine',
    year: 2023,
    url: 'https://www.asam.org/asam-criteria',
  },
  samhsaIopAdvisory: {
    title: 'Clinical Issues in Intensive Outpatient Treatment for Substance Use Disorders (Advisory)',
    publisher: 'Substance Abuse and Mental Health Services Administration (SAMHSA)',
    year: 2021,
    url: 'https://store.samhsa.gov/product/advisory-clinical-issues-intensive-outpatient-treatment-substance-use-disorders/pep20-02-01-021',
  },
  cmsIop2024: {
    title: 'CY 2024 Hospital Outpatient Prospective Payment System final rule (CMS-1786-FC): intensive outpatient services',
    publisher: 'Centers for Medicare & Medicaid Services (CMS)',
    year: 2023,
    url: 'https://www.cms.gov/newsroom/fact-sheets/cy-2024-medicare-hospital-outpatient-prospective-payment-system-and-ambulatory-surgical-center-payment',
  },
  nidaPrinciples: {
    title: 'Principles of Drug Addiction Treatment: A Research-Based Guide, 3rd edition',
    publisher: 'National Institute on Drug Abuse (NIDA)',
    year: 2018,
    url: 'https://nida.nih.gov/publications/principles-drug-addiction-treatment-research-based-guide-third-edition',
  },
  ctMedicaidStudy: {
    title:
      'Intensive Outpatient Treatment (IOP) of Behavioral Health Problems: Engagement Factors Predicting Subsequent Service Utilization',
    publisher: 'Psychiatric Quarterly 91:533–545',
    year: 2020,
    url: 'https://doi.org/10.1007/s11126-019-09681-w',
  },
  mcCarty2014: {
    title: 'Substance Abuse Intensive Outpatient Programs: Assessing the Evidence',
    publisher: 'Psychiatric Services 65(6):718–726',
    year: 2014,
    url: 'https://doi.org/10.1176/appi.ps.201300249',
  },
  ngo2022: {
    title:
      'In-Person Versus Telehealth Setting for the Delivery of Substance Use Disorder Treatment: Ecologically Valid Comparison Study (Ngo et al.)',
    publisher: 'JMIR Formative Research 6(4):e34408',
    year: 2022,
    url: 'https://formative.jmir.org/2022/4/e34408',
  },
  providerPractice: {
    title: 'Program schedules as published by US intensive outpatient programs (common practice, not a standard)',
    publisher: 'Summary of program descriptions',
    year: 2025,
  },
  fdaNaloxoneOtc: {
    title: 'FDA Approves First Over-the-Counter Naloxone Nasal Spray',
    publisher: 'U.S. Food and Drug Administration (FDA)',
    year: 2023,
    url: 'https://www.fda.gov/news-events/press-announcements/fda-approves-first-over-counter-naloxone-nasal-spray',
  },
  part2FinalRule2024: {
    title: 'Fact Sheet: 42 CFR Part 2 Final Rule',
    publisher: 'U.S. Department of Health and Human Services (HHS), Office for Civil Rights',
    year: 2024,
    url: 'https://www.hhs.gov/hipaa/for-professionals/regulatory-initiatives/fact-sheet-42-cfr-part-2-final-rule/index.html',
  },
  medicaidEpsdt: {
    title: 'Early and Periodic Screening, Diagnostic, and Treatment',
    publisher: 'Medicaid.gov, Centers for Medicare & Medicaid Services',
    year: 2024,
    url: 'https://www.medicaid.gov/medicaid/benefits/early-and-periodic-screening-diagnostic-and-treatment',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;
