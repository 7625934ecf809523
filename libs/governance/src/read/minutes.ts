import type { MeetingView, SakView } from './governance-views';

/**
 * The referat (minutes) of a meeting, generated from the log in Norwegian and laid out as the
 * board's minutes are: heading, date, time and place, who was present, then one section per
 * sak with its type, presenter, forslag til vedtak and vedtak (and any correction).
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

function minutesBlocks(meeting: MeetingView): Block[] {
  const who = (p: MeetingView['participants'][number]) => `${p.name} (${p.organisation})`;
  const members = meeting.participants.filter((p) => p.role === 'member');
  const observers = meeting.participants.filter((p) => p.role === 'observer');
  const attendanceKnown = meeting.participants.some((p) => p.present !== null);
  const blocks: Block[] = [
    { heading: { level: 1, text: `Referat – ${meeting.bodyName}, ${meeting.kind === 'extra' ? 'ekstra møte' : 'møte'} ${meeting.number}` } },
    {
      fields: [
        ['Dato', norwegianDate(meeting.date)],
        ...(meeting.startTime ? ([['Tid', `Kl. ${meeting.startTime}${meeting.endTime ? `–${meeting.endTime}` : ''}`]] as [string, string][]) : []),
        ...(meeting.place ? ([['Sted', meeting.place]] as [string, string][]) : []),
        ...(STATUS_NOTE[meeting.status] ? ([['Status', STATUS_NOTE[meeting.status] + (meeting.cancellationReason ? `: ${meeting.cancellationReason}` : '')]] as [string, string][]) : []),
      ],
    },
  ];
  if (attendanceKnown) {
    blocks.push({ list: { title: 'Til stede', items: meeting.participants.filter((p) => p.present).map(who) } });
    const absent = meeting.participants.filter((p) => p.present === false);
    if (absent.length) blocks.push({ list: { title: 'Forfall', items: absent.map(who) } });
  } else {
    blocks.push({ list: { title: 'Medlemmer', items: members.map(who) } });
    if (observers.length) blocks.push({ list: { title: 'Observatører', items: observers.map(who) } });
  }
  for (const sak of meeting.saker) blocks.push(...sakBlocks(sak));
  if (meeting.nextMeetings.length) {
    blocks.push({
      list: {
        title: 'Neste møter',
        items: meeting.nextMeetings.map((m) => [norwegianDate(m.date), m.bodyId && m.bodyId !== meeting.bodyId ? m.bodyId.toUpperCase() : '', m.note ?? ''].filter(Boolean).join(' – ')),
      },
    });
  }
  return blocks;
}

function sakBlocks(sak: SakView): Block[] {
  const presenter = sak.presenter ? [sak.presenter.name, sak.presenter.organisation].filter(Boolean).join(', ') : undefined;
  const blocks: Block[] = [
    { heading: { level: 2, text: `Sak ${sak.number} ${sak.title}` } },
    {
      fields: [
        ['Sakstype', sak.sakstypeLabel],
        ...(presenter ? ([['Presenterer saken', presenter]] as [string, string][]) : []),
        ...(sak.attachments.length ? ([['Vedlegg', sak.attachments.map((a) => [a.name, a.title].filter(Boolean).join(': ')).join('; ')]] as [string, string][]) : []),
      ],
    },
  ];
  if (sak.proposal) blocks.push({ heading: { level: 3, text: 'Forslag til vedtak' } }, { paragraph: sak.proposal });
  if (sak.vedtak) {
    blocks.push({ heading: { level: 3, text: 'Vedtak' } }, { paragraph: sak.vedtak.text });
    for (const correction of sak.vedtak.corrections) {
      blocks.push({ paragraph: `Vedtaket er rettet (${correction.recordedAt.slice(0, 10)}): ${correction.reason}. Opprinnelig ordlyd: «${correction.previousText}»` });
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
  return lines.join('\n');
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export function minutesAsHtml(meeting: MeetingView): string {
  const body: string[] = [];
  for (const block of minutesBlocks(meeting)) {
    if (block.heading) body.push(`<h${block.heading.level}>${escapeHtml(block.heading.text)}</h${block.heading.level}>`);
    if (block.fields) body.push(`<dl>${block.fields.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`);
    if (block.list) body.push(`<h3>${escapeHtml(block.list.title)}</h3><ul>${block.list.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
    if (block.paragraph) body.push(`<p>${escapeHtml(block.paragraph)}</p>`);
  }
  const title = escapeHtml(`Referat – ${meeting.bodyName} ${meeting.number}`);
  return `<!doctype html>\n<html lang="nb">\n<head><meta charset="utf-8"><title>${title}</title></head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
}
