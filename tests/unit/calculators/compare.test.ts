import fc from 'fast-check';
import {
  checkNewTeam,
  compareFigures,
  MAX_TEAMS,
  readTeamLink,
  scalePercent,
  teamsFields,
  teamsOf,
  type Team,
} from '../../../src/domain/calculators/compare';
import { encodeShare } from '../../../src/domain/calculators/share';

const link = (tool: string, fields: Record<string, string>) =>
  `https://example.org/tools/${tool}/?${tool}=${encodeURIComponent(encodeShare(fields))}#calc-${tool}`;
// The curriculum's worked examples as a phone would share them.
const DEALER = link('nps', { mode: 'counts', promoters: '110', passives: '50', detractors: '40', confidence: '0.95' });
const WALLET = link('share-of-wallet', { brandSpend: '2160', categorySpend: '4800' });

describe('readTeamLink', () => {
  it.each([
    ['the car dealer’s NPS', DEALER, 'nps', 35],
    ['share of wallet 2,160 of 4,800', WALLET, 'share-of-wallet', 45],
    [
      'a room tally of 10 / 5 / 3',
      link('room-tally', { mode: 'groups', promoters: '10', passives: '5', detractors: '3' }),
      'room-tally',
      (7 / 18) * 100,
    ],
    [
      'the attitudinal example (33.6 of 49 → 68.6%)',
      link('attitudinal', {
        items: '2',
        'items.0.score': '4',
        'items.0.weight': '0.3',
        'items.1.score': '3',
        'items.1.weight': '0.4',
        dimensionWeight: '0.7',
        scaleMax: '5',
      }),
      'attitudinal',
      (0.7 * (4 * 0.3 + 3 * 0.4) * 100) / (0.7 * (5 * 0.3 + 5 * 0.4)),
    ],
    ['NPS from pasted answers', link('nps', { mode: 'responses', responses: '10 9 9 3' }), 'nps', 50],
    ['only the query, as typed', 'nps=promoters%3D3%26passives%3D1%26detractors%3D0', 'nps', 75],
  ])('reads %s', (_, text, tool, value) => {
    const read = readTeamLink(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.tool).toBe(tool);
    expect(read.value.figure.value).toBeCloseTo(value, 9);
  });

  it('takes the delivered value of the first offer, with its name', () => {
    const parts = {
      productValue: '3200',
      serviceValue: '500',
      personnelValue: '300',
      imageValue: '200',
      monetaryCost: '3000',
      timeCost: '200',
      mentalCost: '100',
      physicalCost: '100',
    };
    const fields: Record<string, string> = { offers: '2', 'offers.0.name': 'A — chain store' };
    for (const [k, v] of Object.entries(parts)) {
      fields[`offers.0.${k}`] = v;
      fields[`offers.1.${k}`] = v;
    }
    const read = readTeamLink(link('delivered-value', fields));
    expect(read.ok && read.value.figure).toEqual({
      tool: 'delivered-value',
      kind: 'amount',
      value: 800,
      offer: 'A — chain store',
    });
  });

  it.each([
    ['', 'required'],
    ['hello there', 'notALink'],
    ['https://exa mple.org/?nps=x', 'notALink'],
    ['https://example.org/tools/', 'noTool'],
    [WALLET.replace('#', '&nps=promoters%3D1#'), 'twoTools'],
    ['https://example.org/?nps=evil%3D1', 'unknownField'],
    ['https://example.org/?nps=', 'empty'],
    ['https://example.org/?nps=promoters%3Dmany', 'noResult'],
    [`https://example.org/?nps=${'x'.repeat(2001)}`, 'tooLong'],
  ])('refuses %j with %s', (text, code) => {
    const read = readTeamLink(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issues[0]?.code).toBe(code);
  });
});

describe('compareFigures', () => {
  it('puts NPS on −100…100, finds highest and lowest, and each gap to the highest', () => {
    const c = compareFigures('nps', [35, -10, 20]);
    expect(c.scale).toEqual({ min: -100, max: 100 });
    expect(c.spread).toBe(45);
    expect(c.teams.map((t) => [t.fromHighest, t.highest, t.lowest])).toEqual([
      [0, true, false],
      [-45, false, true],
      [-15, false, false],
    ]);
    expect(scalePercent(c.scale, 0)).toBe(50);
  });

  it('draws amounts from 0 to the largest, and marks no one when all are equal', () => {
    expect(compareFigures('amount', [800, 450]).scale).toEqual({ min: 0, max: 800 });
    expect(compareFigures('amount', [-50, 100]).scale).toEqual({ min: -50, max: 100 });
    expect(compareFigures('percent', [45, 45]).teams.some((t) => t.highest || t.lowest)).toBe(false);
    expect(compareFigures('amount', [0]).scale).toEqual({ min: 0, max: 1 });
  });

  it('keeps every figure on its scale (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('nps', 'percent', 'amount' as const),
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (kind, values) => {
          const c = compareFigures(kind, values);
          for (const v of values) {
            const at = scalePercent(c.scale, v);
            expect(at).toBeGreaterThanOrEqual(0);
            expect(at).toBeLessThanOrEqual(100);
          }
          expect(c.teams.filter((t) => t.fromHighest === 0)).not.toHaveLength(0);
        },
      ),
    );
  });
});

describe('teams in fields and checkNewTeam', () => {
  const teams: Team[] = [{ name: 'Red', link: DEALER }];

  it('round-trips teams through fields', () => {
    expect(teamsOf(teamsFields(teams))).toEqual(teams);
  });

  it('accepts a second NPS team, also from a room tally', () => {
    const tally = link('room-tally', { 'scores.9': '4', 'scores.2': '1' });
    expect(checkNewTeam(teams, 'Blue', tally).ok).toBe(true);
  });

  it.each([
    ['red', DEALER, 'name', 'duplicateName'],
    ['Blue', WALLET, 'link', 'otherTool'],
    ['x'.repeat(41), DEALER, 'name', 'nameTooLong'],
  ])('refuses %s with %s', (name, text, field, code) => {
    const checked = checkNewTeam(teams, name, text);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.issues[0]).toMatchObject({ field, code });
  });

  it('refuses a team beyond the last colour', () => {
    const full = Array.from({ length: MAX_TEAMS }, (_, i) => ({ name: `T${i}`, link: DEALER }));
    expect(checkNewTeam(full, 'One more', DEALER)).toEqual({
      ok: false,
      issues: [{ field: 'teams', code: 'tooMany', params: { max: MAX_TEAMS } }],
    });
  });
});
