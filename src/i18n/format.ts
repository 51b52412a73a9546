/**
 * ICU-style message formatting, the subset the catalogues use: `{name}`
 * placeholders and `{n, plural, one {…} few {…} other {…}}` with `#` for the
 * number, the category chosen by Intl.PluralRules (Romanian has `few`).
 */
export type Vars = Readonly<Record<string, string | number>>;

/** The end of the brace group opening at `from` (the index of its '{'). */
function closing(s: string, from: number): number {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The branches of a plural's body: "one {# country} other {# countries}" → { one: …, other: … }. */
function branches(body: string): Record<string, string> {
  const out: Record<string, string> = {};
  let i = 0;
  while (i < body.length) {
    const m = /^\s*(=?\w+)\s*\{/.exec(body.slice(i));
    if (!m) break;
    const open = i + m[0].length - 1;
    const end = closing(body, open);
    if (end < 0) break;
    out[m[1]!] = body.slice(open + 1, end);
    i = end + 1;
  }
  return out;
}

const plurals = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();
/** One Intl.PluralRules and one Intl.NumberFormat per locale, made on first use (each costs a few ms). */
const pluralRules = (locale: string) =>
  plurals.get(locale) ?? plurals.set(locale, new Intl.PluralRules(locale)).get(locale)!;
const numberFormat = (locale: string) =>
  numbers.get(locale) ?? numbers.set(locale, new Intl.NumberFormat(locale)).get(locale)!;

export function formatMessage(template: string, vars: Vars, locale: string): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) return out + template.slice(i);
    out += template.slice(i, open);
    const end = closing(template, open);
    if (end < 0) return out + template.slice(open);
    const inner = template.slice(open + 1, end);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,(.*)$/s.exec(inner);
    if (plural) {
      const n = Number(vars[plural[1]!] ?? 0);
      const b = branches(plural[2]!);
      const text = b[`=${n}`] ?? b[pluralRules(locale).select(n)] ?? b.other ?? '';
      out += formatMessage(text, vars, locale).replaceAll('#', numberFormat(locale).format(n));
    } else {
      const v = vars[inner.trim()];
      out += v === undefined ? `{${inner}}` : String(v);
    }
    i = end + 1;
  }
  return out;
}
