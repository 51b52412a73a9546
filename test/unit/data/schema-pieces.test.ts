/** Pieces of the data schema and its helpers, each rule on its edges (src/data/schema.ts, keys.ts, roles.ts, strikes.ts). */
import { describe, expect, test } from 'vitest';
import { isNamedKey } from '../../../src/data/keys.ts';
import { operationBySlug } from '../../../src/data/registry.ts';
import { roleLabel } from '../../../src/data/roles.ts';
import { isoDate } from '../../../src/data/schema.ts';
import { isStrikeId } from '../../../src/data/strikes.ts';
import { i18nFor } from '../../../src/i18n/all-locales.ts';

describe('isoDate', () => {
  const ok = (s: string) => isoDate.safeParse(s).success;
  test('months 01 to 12, days that exist', () => {
    for (const s of ['2018-01', '2018-12', '2018-04-25', '2016-02-29', '2018-12-31'])
      expect(ok(s), s).toBe(true);
    for (const s of ['2018-00', '2018-13', '2017-02-29', '2018-04-31', '2018-04-00', '2018-4-1', '18-04'])
      expect(ok(s), s).toBe(false);
  });
});

test('isNamedKey: a string the keys list, nothing else', () => {
  expect(isNamedKey('FR', ['FR', 'hub'])).toBe(true);
  expect(isNamedKey('hub', ['FR', 'hub'])).toBe(true);
  expect(isNamedKey('DE', ['FR', 'hub'])).toBe(false);
  expect(isNamedKey(null, ['FR', 'hub'])).toBe(false);
  expect(isNamedKey(undefined, ['FR'])).toBe(false);
});

test('isStrikeId: a yyyy-mm string only', () => {
  expect(isStrikeId('2018-04')).toBe(true);
  expect(isStrikeId(201804)).toBe(false);
  expect(isStrikeId('2018-4')).toBe(false);
});

test("roleLabel: the operation's label, translated when it is the catalogue's own; the role id when none", () => {
  const june = operationBySlug('2017-06')!;
  const fr = i18nFor('fr');
  expect(roleLabel(june, 'lead')).toBe(june.roles.find((r) => r.role === 'lead')!.label);
  expect(roleLabel(june, 'servers')).toBe('servers');
  expect(roleLabel({ roles: [{ role: 'lead', label: 'Lead' }] }, 'lead', fr)).toBe(fr.role('lead'));
  expect(roleLabel({ roles: [{ role: 'lead', label: 'Led it' }] }, 'lead', fr)).toBe(fr.text('Led it'));
});
