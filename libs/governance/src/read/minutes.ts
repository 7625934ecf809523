import { escapeHtml, markdownWithoutHtml } from '@app/shared-kernel';
import { FOOTNOTE_LEGEND, Footnotes, conflictSentence, type FactProvenance, type ConflictView } from '@app/sources';
import type { MeetingView, SakView } from './governance-views';

/**
 * The referat (minutes) of a meeting, generated from the log in Norwegian and laid out as the
 * board's minutes are: heading, date, time and place, who was present, then one section per
 * sak with its type, presenter, forslag til vedtak and vedtak (and any correction). Every
 * fact carries a footnote naming its source; an interpretation is marked † and its footnote
 * says how the source was read, so the referat never passes an interpretation off as stated.
 */

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** "2022-02-04" -> "4. februar 2022" */
export function norwegianDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day}. ${MONTHS[month - 1]} ${year}`;
}

const STATUS_NOTE: Record<MeetingView['status'], string> = { planned: 'Planlagt møte', held: '', cancelled: 'Møtet er avlyst' };

/** Minutes as a neutral structure, rendered below as Markdown or HTML. */
interface Block {
  heading?: { level: 1 | 2 | 3; text: string };
  fields?: [string, string][];
  list?: { title: string; items: string[] };
  paragraph?: string;
}

/** Footnotes, and the disagreements between sources as blocks of their own. */
class MinutesNotes extends Footnotes {
  /** ` [n]` after a fact, or nothing where the fact is not in the view. */
  after(provenance: FactProvenance | undefined): string {
    return provenance ? ` ${this.cite(provenance)}` : '';
  }

  conflicts(conflicts: ConflictView[]): Block[] {
    return conflicts.map((c) => ({ paragraph: conflictSentence(c) }));
  }
}

const factOf = (sources: FactProvenance[], fact: string) => sources.filter((p) => p.fact === fact).at(-1);

function minutesBlocks(meeting: MeetingView): Block[] {
  const notes = new MinutesNotes();
  const who = (p: MeetingView['participants'][number]) => `${p.name} (${p.organisation})`;
  const members = meeting.participants.filter((p) => p.role === 'member');
  const observers = meeting.participants.filter((p) => p.role === 'observer');
  const attendanceKnown = meeting.participants.some((p) => p.present !== null);
  const blocks: Block[] = [
    {
      heading: { level: 1, text: `Referat – ${meeting.bodyName}, ${meeting.kind === 'extra' ? 'ekstra møte' : 'møte'} ${meeting.number}` },
    },
    {
      fields: [
        ['Dato', norwegianDate(meeting.date) + notes.after(factOf(meeting.sources, 'MeetingScheduled'))],
        ...(meeting.startTime
          ? ([['Tid', `Kl. ${meeting.startTime}${meeting.endTime ? `–${meeting.endTime}` : ''}`]] as [string, string][])
          : []),
        ...(meeting.place ? ([['Sted', meeting.place]] as [string, string][]) : []),
        ...(STATUS_NOTE[meeting.status]
          ? ([['Status', STATUS_NOTE[meeting.status] + (meeting.cancellationReason ? `: ${meeting.cancellationReason}` : '')]] as [
              string,
              string,
            ][])
          : []),
        ...(meeting.status === 'held'
          ? ([['Avholdt', 'Ja' + notes.after(factOf(meeting.sources, 'MeetingHeld'))]] as [string, string][])
          : []),
      ],
    },
    ...notes.conflicts(meeting.conflicts),
  ];
  if (attendanceKnown) {
    blocks.push({ list: { title: 'Til stede', items: meeting.participants.filter((p) => p.present).map(who) } });
    const absent = meeting.participants.filter((p) => p.present === false);
    if (absent.length) blocks.push({ list: { title: 'Forfall', items: absent.map(who) } });
  } else {
    blocks.push({ list: { title: 'Medlemmer', items: members.map(who) } });
    if (observers.length) blocks.push({ list: { title: 'Observatører', items: observers.map(who) } });
  }
  for (const sak of meeting.saker) blocks.push(...sakBlocks(sak, notes));
  if (meeting.nextMeetings.length) {
    blocks.push({
      list: {
        title: 'Neste møter',
        items: meeting.nextMeetings.map((m) =>
          [norwegianDate(m.date), m.bodyId && m.bodyId !== meeting.bodyId ? m.bodyId.toUpperCase() : '', m.note ?? '']
            .filter(Boolean)
            .join(' – '),
        ),
      },
    });
  }
  if (notes.lines.length) {
    blocks.push({ heading: { level: 2, text: 'Kilder' } }, { paragraph: FOOTNOTE_LEGEND });
    blocks.push({ list: { title: 'Noter', items: notes.lines.map((line, i) => `[${i + 1}] ${line}`) } });
  }
  return blocks;
}

const ROLE_LABEL = { presenterer: 'Presenterer saken', fra: 'Fra', saksbehandler: 'Saksbehandler' } as const;

function sakBlocks(sak: SakView, notes: MinutesNotes): Block[] {
  const person = (p: { name: string; organisation?: string }) => [p.name, p.organisation].filter(Boolean).join(', ');
  const roleSources = sak.sources.filter((p) => p.fact === 'SakRoleAssigned');
  const blocks: Block[] = [
    { heading: { level: 2, text: `Sak ${sak.number} ${sak.title}` } },
    {
      fields: [
        ['Sakstype', sak.sakstypeLabel + notes.after(factOf(sak.sources, 'SakRegistered'))],
        ...(sak.presenter ? ([['Presenterer saken', person(sak.presenter)]] as [string, string][]) : []),
        ...sak.roles.map((r, i): [string, string] => [ROLE_LABEL[r.role], person(r.person) + notes.after(roleSources[i])]),
        ...(sak.attachments.length
          ? ([['Vedlegg', sak.attachments.map((a) => [a.name, a.title].filter(Boolean).join(': ')).join('; ')]] as [string, string][])
          : []),
      ],
    },
    ...notes.conflicts(sak.conflicts),
  ];
  if (sak.proposal)
    blocks.push(
      { heading: { level: 3, text: 'Forslag til vedtak' } },
      { paragraph: sak.proposal + notes.after(factOf(sak.sources, 'DecisionProposed')) },
    );
  if (sak.vedtak) {
    blocks.push(
      { heading: { level: 3, text: 'Vedtak' } },
      { paragraph: sak.vedtak.text + notes.after(factOf(sak.sources, 'DecisionCorrected') ?? factOf(sak.sources, 'DecisionAdopted')) },
    );
    for (const correction of sak.vedtak.corrections) {
      blocks.push({
        paragraph: `Vedtaket er rettet (${correction.recordedAt.slice(0, 10)}): ${correction.reason}. Opprinnelig ordlyd: «${correction.previousText}»`,
      });
    }
  }
  return blocks;
}

export function minutesAsMarkdown(meeting: MeetingView): string {
  const lines: string[] = [];
  for (const block of minutesBlocks(meeting)) {
    if (block.heading) lines.push(`${'#'.repeat(block.heading.level)} ${block.heading.text}`, '');
    if (block.fields) lines.push(...block.fields.map(([label, value]) => `**${label}:** ${value}  `), '');
    if (block.list) lines.push(`**${block.list.title}:**`, '', ...block.list.items.map((item) => `- ${item}`), '');
    if (block.paragraph) lines.push(block.paragraph, '');
  }
  return markdownWithoutHtml(lines.join('\n'));
}

export function minutesAsHtml(meeting: MeetingView): string {
  const body: string[] = [];
  for (const block of minutesBlocks(meeting)) {
    if (block.heading) body.push(`<h${block.heading.level}>${escapeHtml(block.heading.text)}</h${block.heading.level}>`);
    if (block.fields)
      body.push(`<dl>${block.fields.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`);
    if (block.list)
      body.push(
        `<h3>${escapeHtml(block.list.title)}</h3><ul>${block.list.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`,
      );
    if (block.paragraph) body.push(`<p>${escapeHtml(block.paragraph)}</p>`);
  }
  const title = escapeHtml(`Referat – ${meeting.bodyName} ${meeting.number}`);
  return `<!doctype html>\n<html lang="nb">\n<head><meta charset="utf-8"><title>${title}</title></head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
}
