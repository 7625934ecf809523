import { deciderSpec } from '../../../../test/support/decider-spec';
import { documentDecider, type DocumentEvent, type SourceDocument } from './document.decider';
import { sourceConflictDecider, type SourceConflict } from './source-conflict.decider';

const saksdokument: SourceDocument = {
  documentId: 'nehs-2022-1-saksdokument',
  title: 'Saksdokument møte 1/22',
  kind: 'saksdokument',
  date: '2022-02-04',
  dateBasis: 'interpreted',
  dateNote: 'Undated; written for the meeting of 4 February 2022.',
  issuer: 'Direktoratet for e-helse',
  sha256: '0cb6471d96b8a903a9cccf3c9ce1fcb9f37cf05c6e20128da7f3381cefedd22f',
};

describe('document decider', () => {
  const spec = deciderSpec(documentDecider);
  const registered: DocumentEvent = { type: 'DocumentRegistered', data: saksdokument };
  const today = '2026-11-28';
  it('given no document, when registered, then DocumentRegistered', () =>
    spec.given([]).when({ type: 'RegisterDocument', data: saksdokument, today }).then([registered]));
  it('given the document, when registered again, then 409 DOCUMENT.EXISTS', () =>
    spec
      .given([registered])
      .when({ type: 'RegisterDocument', data: { ...saksdokument, title: 'Another title' }, today })
      .thenThrows({ code: 'DOCUMENT.EXISTS', kind: 'conflict' }));
  it('refuses a document dated after today: its facts cannot be known before it exists', () =>
    spec
      .given([])
      .when({ type: 'RegisterDocument', data: { ...saksdokument, date: '2026-11-29' }, today })
      .thenThrows({ code: 'DOCUMENT.DATED_LATER', field: 'date' }));
});

describe('source conflict decider', () => {
  const spec = deciderSpec(sourceConflictDecider);
  const lunch: SourceConflict = {
    conflictId: 'mote-1-22-lunsj',
    about: 'nehs-2022-1',
    field: 'lunchStart',
    readings: [
      { value: '11:30', document: 'nehs-2022-1-saksdokument', locator: 'side 1', quote: 'Lunsj 11:30' },
      { value: '11:20', document: 'nehs-2022-1-presentasjon', locator: 'Agenda', quote: 'Lunsj' },
    ],
  };
  it('given nothing, when two sources give different values, then the conflict is recorded with both readings', () =>
    spec
      .given([])
      .when({ type: 'RecordSourceConflict', data: lunch })
      .then([{ type: 'SourceConflictRecorded', data: lunch }]));
  it('refuses readings that agree: that is no conflict', () =>
    spec
      .given([])
      .when({ type: 'RecordSourceConflict', data: { ...lunch, readings: lunch.readings.map((r) => ({ ...r, value: '11:30' })) } })
      .thenThrows({ code: 'SOURCE_CONFLICT.NO_DISAGREEMENT', kind: 'validation' }));
  it('refuses the same conflict twice', () =>
    spec
      .given([{ type: 'SourceConflictRecorded', data: lunch }])
      .when({ type: 'RecordSourceConflict', data: lunch })
      .thenThrows({ code: 'SOURCE_CONFLICT.EXISTS', kind: 'conflict' }));
});
