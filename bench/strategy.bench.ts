/**
 * The strategy read side at scale. For each size (events), on a fresh embedded store file:
 *   1. generates a synthetic strategy history and appends it through the EventLog (append
 *      throughput): workshops and inputs in bulk, inputs merged into change areas, votes in
 *      prioritisation rounds, goals drafted, reworded, renumbered, moved and (de)prioritised;
 *      5 % of the facts backdated up to 90 days. Change areas and goals stay in the hundreds;
 *      the events that grow with the years are inputs, merges, votes and rewordings;
 *   2. rebuilds the read side from the store (stream cache, timeline, all checkpoints), and
 *      times a bare JSON.parse loop over the same stored rows, read the same way and held in
 *      memory first: full rebuild speed against both;
 *   3. asks for the strategy on random dates (warm): p50 and p99 of document + view.
 *
 * Run: npm run bench:strategy [-- 10000 100000 1000000]   (results: bench/RESULTS.md)
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventLog, SqliteEventStore, StreamCache, type NewEvent } from '@app/event-store';
import { ManualClock } from '@app/shared-kernel';
import { SourceRegister } from '@app/sources';
import { STRATEGY_STREAM_PREFIXES } from '../libs/strategy/src/domain/strategy-terms';
import { StrategyFacts } from '../libs/strategy/src/read/strategy-facts';
import { StrategyTimeline } from '../libs/strategy/src/read/strategy-timeline';
import { strategyView } from '../libs/strategy/src/read/strategy-views';
import { seededRandom as random } from '../test/support/random';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const DAY = 24 * 60 * 60 * 1000;
const START = Date.UTC(2021, 0, 1);

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const rate = (count: number, s: number) => `${Math.round(count / s).toLocaleString('en')}/s`;

/** Appends about `total` synthetic events; returns how many were written and how many days they span. */
async function generate(log: EventLog, clock: ManualClock, total: number): Promise<{ written: number; days: number }> {
  const next = random(total);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const revisions = new Map<string, bigint>();
  const context = { actor: 'bench' };
  const themes = ['aktiv-medvirkning', 'bedre-helsehjelp', 'teknologistottet-tjenesteinnovasjon', 'styrket-gjennomforingskraft'];
  const inputs: string[] = [];
  const areas: string[] = [];
  const goals: { goalId: string; themeCode: string }[] = [];
  let written = 0;
  let day = 0;

  const append = async (streamId: string, events: Omit<NewEvent, 'effectiveAt'>[]) => {
    if (next() < 0.3) day += 1;
    const backdated = next() < 0.05;
    const effectiveAt = new Date(START + Math.max(0, backdated ? day - 1 - Math.floor(next() * 90) : day) * DAY).toISOString().slice(0, 10);
    clock.set(new Date(START + (day + 1) * DAY + written));
    const result = await log.append(
      streamId,
      events.map((e) => ({ ...e, effectiveAt })),
      { expectedRevision: revisions.get(streamId) ?? 'no_stream', context },
    );
    revisions.set(streamId, result.nextExpectedRevision);
    written += events.length;
  };

  for (const themeCode of themes)
    await append(`theme-${themeCode}`, [{ type: 'ThemeDefined', data: { themeCode, name: themeCode.toUpperCase() } }]);
  while (written < total) {
    const left = total - written;
    const roll = next();
    if (roll < 0.6 || goals.length < 2 || areas.length < 1) {
      // A workshop's inputs, registered in bulk: 100 events of 5 inputs.
      const workshopId = `w-${Math.floor(written / 2000)}`;
      if (!revisions.has(`workshop-${workshopId}`)) {
        await append(`workshop-${workshopId}`, [
          { type: 'WorkshopHeld', data: { workshopId, title: `Arbeidsmøte ${workshopId}`, date: '2021-11-15', organisations: ['KS'] } },
        ]);
      }
      const batch = Array.from({ length: Math.min(100, left) }, () => {
        const ids = Array.from({ length: 5 }, () => `i-${inputs.push('') - 1}`);
        return {
          type: 'InputsRegistered',
          data: { workshopId, inputs: ids.map((inputId) => ({ inputId, text: `Innspill ${inputId} om bedre samhandling` })) },
        };
      });
      await append(`workshop-${workshopId}`, batch);
      // Change areas and goals stay in the hundreds, as in a real strategy; inputs, merges,
      // rewordings and votes are what grows over the years.
      if (areas.length < 1 || next() < 0.01) {
        const changeAreaId = `ca-${areas.length}`;
        areas.push(changeAreaId);
        await append(`change-area-${changeAreaId}`, [
          { type: 'ChangeAreaIdentified', data: { changeAreaId, name: `Endringsområde ${changeAreaId}`, fra: 'Fra..', til: 'Til..' } },
        ]);
      }
      if (goals.length < 2) {
        for (let i = 0; i < 2; i++) {
          const goal = { goalId: `g-${goals.length}`, themeCode: pick(themes) };
          goals.push(goal);
          await append(`goal-${goal.goalId}`, [
            {
              type: 'GoalDrafted',
              data: { ...goal, code: `${goals.length}`, title: `Mål ${goal.goalId}`, fromChangeAreas: [pick(areas)], derivedFromGoals: [] },
            },
          ]);
        }
      }
    } else if (roll < 0.65) {
      // A member's votes in the current prioritisation round: 20 events.
      const roundId = `r-${Math.floor(written / 200_000)}`;
      if (!revisions.has(`round-${roundId}`)) {
        const allocation = Object.fromEntries(themes.map((t) => [t, 1_000_000]));
        await append(`round-${roundId}`, [
          {
            type: 'RoundOpened',
            data: { roundId, title: `Runde ${roundId}`, date: '2022-02-04', allocation, goals: goals.map((g) => ({ ...g })) },
          },
        ]);
      }
      const batch = Array.from({ length: Math.min(20, left) }, (_, i) => ({
        type: 'VotesCast',
        data: { roundId, memberId: `m-${written + i}`, votes: [{ goalId: pick(goals).goalId, count: 1 }] },
      }));
      await append(`round-${roundId}`, batch);
    } else if (roll < 0.7) {
      // Inputs merged into a change area: 10 events of 5 inputs.
      const changeAreaId = pick(areas);
      const batch = Array.from({ length: Math.min(10, left) }, () => ({
        type: 'InputsMergedIntoChangeArea',
        data: { changeAreaId, inputIds: Array.from({ length: 5 }, () => `i-${Math.floor(next() * inputs.length)}`) },
      }));
      await append(`change-area-${changeAreaId}`, batch);
    } else {
      // One command on one goal, as the secretariat records them.
      const goal = pick(goals);
      const kind = next();
      if (kind < 0.03) {
        const fresh = { goalId: `g-${goals.length}`, themeCode: pick(themes) };
        goals.push(fresh);
        await append(`goal-${fresh.goalId}`, [
          {
            type: 'GoalDrafted',
            data: { ...fresh, code: `${goals.length}`, title: `Mål ${fresh.goalId}`, fromChangeAreas: [pick(areas)], derivedFromGoals: [] },
          },
        ]);
      } else if (kind < 0.75) {
        await append(`goal-${goal.goalId}`, [
          { type: 'GoalReworded', data: { goalId: goal.goalId, title: `Mål ${goal.goalId}, ordlyd ${written}`, previousTitle: '' } },
        ]);
      } else if (kind < 0.85) {
        await append(`goal-${goal.goalId}`, [
          {
            type: 'GoalRenumbered',
            data: { goalId: goal.goalId, code: `${Math.floor(next() * 9) + 1}.${Math.floor(next() * 20) + 1}`, previousCode: '' },
          },
        ]);
      } else if (kind < 0.95) {
        await append(`goal-${goal.goalId}`, [
          { type: next() < 0.5 ? 'GoalPrioritised' : 'GoalDeprioritised', data: { goalId: goal.goalId } },
        ]);
      } else {
        const themeCode = pick(themes);
        await append(`goal-${goal.goalId}`, [
          { type: 'GoalMoved', data: { goalId: goal.goalId, themeCode, previousThemeCode: goal.themeCode } },
        ]);
        goal.themeCode = themeCode;
      }
    }
  }
  return { written, days: day + 1 };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function run(total: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'governance-log-strategy-bench-'));
  const path = join(dir, 'bench.db');
  const clock = new ManualClock(new Date(START));
  const store = new SqliteEventStore(path);
  try {
    const log = new EventLog(store, clock);
    let start = process.hrtime.bigint();
    const { written: events, days } = await generate(log, clock, total);
    const appendSeconds = seconds(start);

    // Bare loops over the same stored rows: reading them from the file and JSON.parse-ing them,
    // and JSON.parse alone over rows already in memory.
    const raw = new Database(path, { readonly: true });
    const parseAll = (rows: Iterable<[string, string]>) => {
      let keys = 0;
      for (const [data, metadata] of rows) keys += Object.keys(JSON.parse(data)).length + Object.keys(JSON.parse(metadata)).length;
      if (keys === 0) throw new Error('nothing parsed');
    };
    const select = raw.prepare('SELECT data, metadata FROM events ORDER BY global_position').raw();
    start = process.hrtime.bigint();
    parseAll(select.iterate() as Iterable<[string, string]>);
    const readParseSeconds = seconds(start);
    const rows = select.all() as [string, string][];
    raw.close();
    start = process.hrtime.bigint();
    parseAll(rows);
    const parseSeconds = seconds(start);

    // Full rebuild: everything from the store into the stream cache and the timeline, all checkpoints built.
    start = process.hrtime.bigint();
    const timeline = new StrategyTimeline();
    const facts = new StrategyFacts();
    const cache = new StreamCache(store, STRATEGY_STREAM_PREFIXES, (event) => {
      timeline.add(event);
      facts.add(event);
    });
    await cache.catchUp();
    timeline.documentAsOf({ validBefore: Number.MAX_SAFE_INTEGER, knownBefore: Number.MAX_SAFE_INTEGER });
    const rebuildSeconds = seconds(start);

    // State at date, warm: random dates over the history.
    const next = random(7);
    const query = () => ({ validBefore: START + Math.floor(next() * days + 1) * DAY, knownBefore: Number.MAX_SAFE_INTEGER });
    // The view shows each fact's source, looked up in the document register kept from the same log.
    const sources = new SourceRegister(store);
    await sources.ready();
    for (let i = 0; i < 200; i++) {
      const q = query();
      strategyView(timeline.documentAsOf(q), { facts, sources, query: q });
    }
    const timings: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const q = query();
      const t = process.hrtime.bigint();
      strategyView(timeline.documentAsOf(q), { facts, sources, query: q });
      timings.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    timings.sort((a, b) => a - b);

    return [
      `${events.toLocaleString('en')}`,
      `${rate(events, appendSeconds)} (${appendSeconds.toFixed(1)} s)`,
      `${rebuildSeconds.toFixed(2)} s (${rate(events, rebuildSeconds)})`,
      `${readParseSeconds.toFixed(2)} s / ${parseSeconds.toFixed(2)} s`,
      `${Math.round((readParseSeconds / rebuildSeconds) * 100)}% / ${Math.round((parseSeconds / rebuildSeconds) * 100)}%`,
      `${percentile(timings, 50).toFixed(2)} ms / ${percentile(timings, 99).toFixed(2)} ms`,
      `${(statSync(path).size / 1024 / 1024).toFixed(0)} MiB`,
      `${Math.round(process.memoryUsage().rss / 1024 / 1024)} MiB`,
    ];
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const header = [
    'events',
    'append (EventLog, embedded)',
    'full rebuild',
    'bare loop: read+parse / parse only',
    'rebuild speed vs bare loop: read+parse / parse only',
    'state at date p50 / p99 (warm)',
    'store file',
    'RSS',
  ];
  console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
  for (const size of sizes.length ? sizes : [10_000, 100_000, 1_000_000]) console.log(`| ${(await run(size)).join(' | ')} |`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
