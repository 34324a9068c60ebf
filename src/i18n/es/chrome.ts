// Spanish UI text: chrome (neutral US Spanish, usted).
import type { ChromeText } from '../en/chrome.ts';

export const chromeEs: ChromeText = {
  siteName: 'IOP Guide',
  siteTagline: 'Respuestas claras sobre los programas ambulatorios intensivos de salud mental y consumo de sustancias',
  skipLink: 'Saltar al contenido principal',
  helpNow: '¿Necesita ayuda ahora?',
  otherLanguage: { label: 'English', lang: 'en' },
  headerSearch: { formLabel: 'Sitio', inputLabel: 'Buscar en este sitio', button: 'Buscar' },
  navLabel: 'Principal',
  navigation: [
    { label: 'Guías', path: '/guides/' },
    { label: 'Preguntas', path: '/faq/' },
    { label: 'Herramientas', path: '/tools/' },
    { label: 'Glosario', path: '/glossary/' },
    { label: 'Para referentes', path: '/for-referrers/' },
    { label: 'Buscar', path: '/search/' },
  ],
  footer: {
    notMedicalAdvice:
      'IOP Guide explica el tratamiento en términos generales. Es información educativa, no consejo médico. Un profesional clínico con licencia que conozca a la persona debe decidir sobre su atención.',
    independent:
      'Ningún centro de tratamiento paga por aparecer en este sitio ni se nombra aquí. Sin anuncios, sin cookies, sin rastreo.',
    links: [
      { label: 'Acerca de y política editorial', path: '/about/', hash: '' },
      { label: 'Privacidad', path: '/about/', hash: '#privacidad' },
      { label: '¿Necesita ayuda ahora?', path: '/help-now/', hash: '' },
    ],
  },
  print: {
    crisis: 'En una crisis, llame o envíe un mensaje de texto al 988 (marque 2 para español) — en peligro, llame al 911.',
    printedFrom: 'Impreso desde',
  },
  helpBox: {
    title: 'Si alguien puede estar en peligro ahora mismo, llame al 911',
    notEmergency: 'Para una crisis que no es una emergencia:',
    allLines: 'Todas las líneas de ayuda: veteranos, TTY, envenenamiento',
    or: ' o ',
  },
  disclaimer: { before: 'Si alguien está en peligro, ', link: 'busque ayuda ahora', after: '.' },
  share: {
    share: 'Compartir esta página',
    text: 'Enviar este enlace por texto',
    print: 'Imprimir',
    copied: 'Copiado',
    linkCopied: 'Enlace copiado',
    couldNotCopy: 'No se pudo copiar',
    couldNotCopyLink: 'No se pudo copiar. El enlace es',
    printedOn: 'el',
  },
  breadcrumbLabel: 'Ruta de navegación',
};
