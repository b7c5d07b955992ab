/** A session's device as a person recognises it ("Chrome op Windows"), from the browser's user agent. */

// Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
const BROWSERS: readonly (readonly [RegExp, string])[] = [
  [/Edg(e|A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|Chromium\/|CriOS\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];

// An iPad says "Mac OS X" and Android says "Linux": the specific ones first.
const SYSTEMS: readonly (readonly [RegExp, string])[] = [
  [/Windows/, 'Windows'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Android/, 'Android'],
  [/CrOS/, 'ChromeOS'],
  [/Macintosh|Mac OS X/, 'macOS'],
  [/Linux|X11/, 'Linux'],
];

const first = (ua: string, list: readonly (readonly [RegExp, string])[]) =>
  list.find(([pattern]) => pattern.test(ua))?.[1] ?? null;

export function deviceLabel(
  userAgent: string | null,
  words: { browserOn(browser: string, os: string): string; unknownDevice: string },
): string {
  const browser = userAgent ? first(userAgent, BROWSERS) : null;
  const os = userAgent ? first(userAgent, SYSTEMS) : null;
  if (browser && os) return words.browserOn(browser, os);
  return browser ?? os ?? words.unknownDevice;
}
