import type { MeetingView } from './governance-views';
import { minutesAsHtml, minutesAsMarkdown, norwegianDate } from './minutes';

const meeting: MeetingView = {
  meetingId: 'nehs-2021-4',
  bodyId: 'nehs',
  bodyName: 'Nasjonalt e-helsestyre',
  number: '4/21',
  date: '2021-09-22',
  startTime: '09:00',
  kind: 'ordinary',
  status: 'cancelled',
  cancellationReason: 'Made up for the test',
  participants: [
    { memberId: 'a', name: 'Kari <script>', organisation: 'KS', appointedOn: '2021-01-01', role: 'member', present: null },
    { memberId: 'b', name: 'Johan Ronæs', organisation: 'Norsk Helsenett SF', appointedOn: '2021-01-01', role: 'observer', present: null },
  ],
  agenda: [],
  saker: [],
  nextMeetings: [{ date: '2022-03-22', bodyId: 'nufa' }],
  sources: [],
  conflicts: [],
};

describe('minutes', () => {
  it('writes dates the Norwegian way', () => {
    expect(norwegianDate('2022-02-04')).toBe('4. februar 2022');
    expect(norwegianDate('2021-12-09')).toBe('9. desember 2021');
  });

  it('without attendance lists members and observers, and says a cancelled meeting was cancelled', () => {
    const markdown = minutesAsMarkdown(meeting);
    expect(markdown).toContain('# Referat – Nasjonalt e-helsestyre, møte 4/21');
    expect(markdown).toContain('**Status:** Møtet er avlyst: Made up for the test');
    // Recorded HTML is shown as text by a Markdown viewer, not run.
    expect(markdown).toMatch(/\*\*Medlemmer:\*\*\n\n- Kari &lt;script&gt; \(KS\)/);
    expect(markdown).toMatch(/\*\*Observatører:\*\*\n\n- Johan Ronæs/);
    expect(markdown).toContain('- 22. mars 2022 – NUFA');
  });

  it('escapes everything it puts in HTML', () => {
    const html = minutesAsHtml(meeting);
    expect(html).toContain('<li>Kari &lt;script&gt; (KS)</li>');
    expect(html).not.toContain('<script>');
  });
});
