// The one list of flags every headless Chromium here starts with (browser tests, benchmark,
// screenshots). A closed network refuses Chromium's background connections, so they are turned off.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
