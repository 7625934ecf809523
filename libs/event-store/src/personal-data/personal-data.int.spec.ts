import { EventTypes } from '@app/shared-kernel';
import { PersonalDataKeys } from './key-store';
import { ERASED, PersonalData, UNREADABLE } from './personal-data';

/** Sealing and revealing personal values with per-person keys, on a real (in-memory) key file. */
describe('PersonalData', () => {
  const types = EventTypes.define<{ type: 'MemberAppointed'; data: { memberId: string; name: string } }>({
    MemberAppointed: { schemaVersion: 1, personal: [{ path: ['name'], person: (data) => `member:nehs:${String(data.memberId)}` }] },
  });
  const personalData = () => new PersonalData(new PersonalDataKeys(':memory:'), types);

  it('seals the declared fields and a proven actor; reveals them in JSON and in text; other values are left as they are', () => {
    const pd = personalData();
    const data = pd.sealFields('MemberAppointed', { memberId: 'ingrid', name: 'Ingrid Testesen' });
    const actor = pd.sealActor({ name: 'Kari', id: 'token:t1' });
    expect(JSON.stringify(data)).not.toContain('Ingrid Testesen');
    expect(data.memberId).toBe('ingrid');
    expect(actor).not.toContain('Kari');
    expect(pd.revealAll({ data, actor })).toEqual({ data: { memberId: 'ingrid', name: 'Ingrid Testesen' }, actor: 'Kari' });
    expect(pd.reveal(`**Medlem:** ${String(data.name)} (Helse Vest)`)).toBe('**Medlem:** Ingrid Testesen (Helse Vest)');
    // The process itself, or a command-line user, is not a person whose name is sealed.
    expect(pd.sealActor({ name: 'importer', id: 'system:history-import' })).toBe('importer');
  });

  it('seals the same name differently each time (no equal ciphertexts to compare), and reveals an unchanged object as itself', () => {
    const pd = personalData();
    expect(pd.seal('member:nehs:ingrid', 'Ingrid')).not.toBe(pd.seal('member:nehs:ingrid', 'Ingrid'));
    const plain = { a: ['x', { b: 1 }] };
    expect(pd.revealAll(plain)).toBe(plain);
  });

  it('shows a value sealed under another key file as unreadable, not as erased; an envelope moved to another person does not open', () => {
    const sealed = personalData().seal('member:nehs:ingrid', 'Ingrid');
    expect(personalData().reveal(sealed)).toBe(UNREADABLE);
    const pd = personalData();
    const ingrid = pd.seal('member:nehs:ingrid', 'Ingrid');
    pd.seal('member:nehs:per', 'Per');
    const moved = ingrid.replace(
      Buffer.from('member:nehs:ingrid').toString('base64url'),
      Buffer.from('member:nehs:per').toString('base64url'),
    );
    expect(pd.reveal(moved)).toBe(UNREADABLE);
  });

  it('after erasure reads "slettet" (escaped for the format), seals nothing more for that person, and leaves others readable', () => {
    const pd = personalData();
    const ingrid = pd.seal('member:nehs:ingrid', 'Ingrid <b>');
    const per = pd.seal('member:nehs:per', 'Per');
    expect(pd.reveal(ingrid, (v) => v.replace(/</g, '&lt;'))).toBe('Ingrid &lt;b>');
    pd.erase('member:nehs:ingrid', new Date());
    expect(pd.reveal(`${ingrid} og ${per}`)).toBe(`${ERASED} og Per`);
    expect(() => pd.seal('member:nehs:ingrid', 'Ingrid')).toThrow(expect.objectContaining({ code: 'PERSON.ERASED', kind: 'conflict' }));
    expect(pd.status('member:nehs:ingrid')).toBe('erased');
    expect(pd.status('member:nehs:nobody')).toBe('unknown');
  });

  it('derives the id of someone known by name from the name without giving it away, the same for the same name however spaced', () => {
    const pd = personalData();
    const id = pd.personOfName('Karl S Vestli');
    expect(id).toMatch(/^person:[0-9a-f]{24}$/);
    expect(pd.personOfName('  karl  s vestli ')).toBe(id);
    expect(id).not.toContain('karl');
    // Another installation (another secret) gives another id: the id cannot be recomputed from the name alone.
    expect(personalData().personOfName('Karl S Vestli')).not.toBe(id);
  });

  it('shows a sealed value whose bytes were altered as unreadable (the cipher authenticates them)', () => {
    const pd = personalData();
    const sealed = pd.seal('member:nehs:ingrid', 'Ingrid');
    const tampered = sealed.replace(
      /:([A-Za-z0-9_-])([A-Za-z0-9_-]*)⟧$/,
      (_, first: string, rest: string) => `:${first === 'A' ? 'B' : 'A'}${rest}⟧`,
    );
    expect(pd.reveal(tampered)).toBe(UNREADABLE);
  });
});
