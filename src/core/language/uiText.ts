/**
 * Fills `{{name}}` placeholders of a UI string shipped to the browser
 * (the same syntax i18next uses at build time).
 * @example interpolate('{{count}} results', { count: 3 }) => '3 results'
 */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * Picks the i18next plural key for a count in a language, falling back to `_other`.
 * @example pluralText({ n_one: '1 result', n_other: '{{count}} results' }, 'n', 2, 'en') => '2 results'
 */
export function pluralText(strings: Record<string, string>, base: string, count: number, lang: string): string {
  const form = new Intl.PluralRules(lang).select(count);
  const template = strings[`${base}_${form}`] ?? strings[`${base}_other`] ?? base;
  return interpolate(template, { count });
}
