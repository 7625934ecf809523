import { StreamNotFound, WrongExpectedRevision, type EventStore, type EventToAppend, type RecordedEvent } from '@app/event-store';
import { anEvent, take, uniqueStream } from '../support/events';

/**
 * The one contract every event-store adapter must pass. Stream ids are unique per test so
 * the suite also runs against a long-lived shared server.
 */
export function eventStoreContract(name: string, openStore: () => Promise<EventStore>): void {
  describe(`event store contract: ${name}`, () => {
    let store: EventStore;

    beforeEach(async () => {
      store = await openStore();
    });

    afterEach(async () => {
      await store.close();
    });

    const readAllOf = async (streams: string[]): Promise<RecordedEvent[]> =>
      (await store.readAll()).filter((event) => streams.includes(event.streamId));

    const expectWrongRevision = async (promise: Promise<unknown>, expected: unknown, actual: unknown) => {
      const error = await promise.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(WrongExpectedRevision);
      expect((error as WrongExpectedRevision).expected).toEqual(expected);
      expect((error as WrongExpectedRevision).actual).toEqual(actual);
    };

    describe('round trip', () => {
      it('gives back data, metadata, ids, types and order exactly, including æøå and large payloads', async () => {
        const streamId = uniqueStream('sak');
        const large = 'Sammen om helhetlige, trygge og nyskapende tjenester. '.repeat(4000);
        const events = [
          anEvent('SakRegistered', { nummer: '1/22', tittel: 'Godkjenning av innkalling og dagsorden', sakstype: 'Godkjenning' }),
          anEvent(
            'ProposalRecorded',
            { tekst: 'Nasjonalt e-helsestyre tar saken til orientering. Æ ø å – «sitat»', nested: { list: [1, 2.5, null, true] } },
            {
              source: { document: '002_7da67a01d172a0dd.txt', locator: 'Sak 1/22', basis: 'stated' },
              reason: 'første registrering',
              correlationId: 'c-1',
              causationId: 'k-1',
            },
          ),
          anEvent('Large', { text: large }),
        ];

        const result = await store.append(streamId, events, { expectedRevision: 'no_stream' });
        const read = await store.readStream(streamId);

        expect(result.nextExpectedRevision).toBe(2n);
        expect(typeof result.position).toBe('bigint');
        expect(read.map(({ id, type, data, metadata }) => ({ id, type, data, metadata }))).toEqual(events);
        expect(read.map((e) => e.streamRevision)).toEqual([0n, 1n, 2n]);
        expect(read.every((e) => e.streamId === streamId)).toBe(true);
        expect(read[2].globalPosition).toBe(result.position);
        expect(read[0].globalPosition < read[1].globalPosition && read[1].globalPosition < read[2].globalPosition).toBe(true);
      });
    });

    describe('expected revision', () => {
      it('no_stream: appends to a new stream, refuses an existing one', async () => {
        const streamId = uniqueStream();
        await expect(store.append(streamId, [anEvent('A')], { expectedRevision: 'no_stream' })).resolves.toMatchObject({
          nextExpectedRevision: 0n,
        });
        await expectWrongRevision(store.append(streamId, [anEvent('B')], { expectedRevision: 'no_stream' }), 'no_stream', 0n);
      });

      it('stream_exists: refuses a missing stream, appends to an existing one', async () => {
        const streamId = uniqueStream();
        await expectWrongRevision(
          store.append(streamId, [anEvent('A')], { expectedRevision: 'stream_exists' }),
          'stream_exists',
          'no_stream',
        );
        await store.append(streamId, [anEvent('A')], { expectedRevision: 'no_stream' });
        await expect(store.append(streamId, [anEvent('B')], { expectedRevision: 'stream_exists' })).resolves.toMatchObject({
          nextExpectedRevision: 1n,
        });
      });

      it('any: appends whether or not the stream exists', async () => {
        const streamId = uniqueStream();
        await expect(store.append(streamId, [anEvent('A')], { expectedRevision: 'any' })).resolves.toMatchObject({
          nextExpectedRevision: 0n,
        });
        await expect(store.append(streamId, [anEvent('B'), anEvent('C')], { expectedRevision: 'any' })).resolves.toMatchObject({
          nextExpectedRevision: 2n,
        });
      });

      it('exact revision: appends at the right one, refuses a stale or missing one and writes nothing', async () => {
        const streamId = uniqueStream();
        await store.append(streamId, [anEvent('A'), anEvent('B')], { expectedRevision: 'no_stream' });
        await expect(store.append(streamId, [anEvent('C')], { expectedRevision: 1n })).resolves.toMatchObject({
          nextExpectedRevision: 2n,
        });
        await expectWrongRevision(store.append(streamId, [anEvent('D')], { expectedRevision: 1n }), 1n, 2n);
        await expectWrongRevision(store.append(uniqueStream(), [anEvent('E')], { expectedRevision: 0n }), 0n, 'no_stream');
        expect((await store.readStream(streamId)).map((e) => e.type)).toEqual(['A', 'B', 'C']);
      });
    });

    describe('concurrency', () => {
      it('two appends at the same expected revision: exactly one wins, the other is refused, nothing is lost', async () => {
        const streamId = uniqueStream();
        await store.append(streamId, [anEvent('Opened')], { expectedRevision: 'no_stream' });
        const first = [anEvent('First1'), anEvent('First2')];
        const second = [anEvent('Second1'), anEvent('Second2')];

        const outcomes = await Promise.allSettled([
          store.append(streamId, first, { expectedRevision: 0n }),
          store.append(streamId, second, { expectedRevision: 0n }),
        ]);

        const won = outcomes.filter((o) => o.status === 'fulfilled');
        const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(1);
        expect(lost[0].reason).toBeInstanceOf(WrongExpectedRevision);
        const winner = outcomes[0].status === 'fulfilled' ? first : second;
        expect((await store.readStream(streamId)).map((e) => e.id)).toEqual([expect.any(String), ...winner.map((e) => e.id)]);
      });
    });

    describe('idempotence', () => {
      it('re-appending the same events at the same place returns the original result and writes nothing', async () => {
        const streamId = uniqueStream();
        const events = [anEvent('A'), anEvent('B')];
        const original = await store.append(streamId, events, { expectedRevision: 'no_stream' });
        const retried = await store.append(streamId, events, { expectedRevision: 'no_stream' });
        expect(retried).toEqual(original);

        const more = [anEvent('C')];
        const third = await store.append(streamId, more, { expectedRevision: 1n });
        await expect(store.append(streamId, more, { expectedRevision: 1n })).resolves.toEqual(third);
        expect((await store.readStream(streamId)).map((e) => e.type)).toEqual(['A', 'B', 'C']);
      });
    });

    describe('reading a stream', () => {
      let streamId: string;
      beforeEach(async () => {
        streamId = uniqueStream();
        await store.append(
          streamId,
          ['E0', 'E1', 'E2', 'E3', 'E4'].map((t) => anEvent(t)),
          { expectedRevision: 'no_stream' },
        );
      });

      it('forwards from a revision with a max count', async () => {
        const read = await store.readStream(streamId, { fromRevision: 1n, maxCount: 3 });
        expect(read.map((e) => e.type)).toEqual(['E1', 'E2', 'E3']);
      });

      it('backwards from the end and from a revision', async () => {
        expect((await store.readStream(streamId, { direction: 'backwards', maxCount: 2 })).map((e) => e.type)).toEqual(['E4', 'E3']);
        expect((await store.readStream(streamId, { direction: 'backwards', fromRevision: 2n })).map((e) => e.type)).toEqual([
          'E2',
          'E1',
          'E0',
        ]);
      });

      it('a stream that was never written is StreamNotFound', async () => {
        await expect(store.readStream(uniqueStream())).rejects.toBeInstanceOf(StreamNotFound);
      });
    });

    describe('reading all', () => {
      it('gives every stream in append order, and pages with `after`', async () => {
        const streams = [uniqueStream('a'), uniqueStream('b'), uniqueStream('c')];
        const appended: EventToAppend[] = [];
        for (let round = 0; round < 3; round++) {
          for (const [i, streamId] of streams.entries()) {
            const event = anEvent(`R${round}S${i}`);
            appended.push(event);
            await store.append(streamId, [event], { expectedRevision: round === 0 ? 'no_stream' : BigInt(round - 1) });
          }
        }

        const all = await readAllOf(streams);
        expect(all.map((e) => e.id)).toEqual(appended.map((e) => e.id));
        for (let i = 1; i < all.length; i++) expect(all[i].globalPosition > all[i - 1].globalPosition).toBe(true);

        const rest = (await store.readAll({ after: all[3].globalPosition })).filter((e) => streams.includes(e.streamId));
        expect(rest.map((e) => e.id)).toEqual(appended.slice(4).map((e) => e.id));
        const page = await store.readAll({ after: all[3].globalPosition, maxCount: 2 });
        expect(page).toHaveLength(2);
        expect(page[0].globalPosition > all[3].globalPosition).toBe(true);
      });
    });

    describe('reading all events of some types', () => {
      it('gives only events of the types asked for, in append order, counting only those, from a position', async () => {
        const tag = uniqueStream('t').slice(2, 14).replace(/-/g, '');
        const [adopted, proposed, other] = [`Adopted${tag}`, `Proposed${tag}`, `Other${tag}`];
        const appended: { type: string; id: string }[] = [];
        const streamId = uniqueStream('sak');
        for (const [i, type] of [proposed, other, adopted, other, proposed, adopted].entries()) {
          const event = anEvent(type);
          appended.push({ type, id: event.id });
          await store.append(streamId, [event], { expectedRevision: i === 0 ? 'no_stream' : BigInt(i - 1) });
        }
        const ids = (...types: string[]) => appended.filter((e) => types.includes(e.type)).map((e) => e.id);
        const both = await store.readAll({ types: [adopted, proposed] });
        expect(both.map((e) => e.id)).toEqual(ids(adopted, proposed));
        expect((await store.readAll({ types: [adopted] })).map((e) => e.id)).toEqual(ids(adopted));
        const firstTwo = await store.readAll({ types: [adopted, proposed], maxCount: 2 });
        expect(firstTwo.map((e) => e.id)).toEqual(ids(adopted, proposed).slice(0, 2));
        const rest = await store.readAll({ types: [adopted, proposed], after: firstTwo[1].globalPosition });
        expect(rest.map((e) => e.id)).toEqual(ids(adopted, proposed).slice(2));
        expect(await store.readAll({ types: [`Nothing${tag}`] })).toEqual([]);
        expect(await store.readAll({ types: [] })).toEqual([]);
      });
    });

    describe('reading all of some streams', () => {
      it('gives only the streams whose id starts with a prefix asked for, in append order, counting only those', async () => {
        const tag = uniqueStream('x').slice(2, 14).replace(/-/g, '');
        const [sak, meeting, goal] = [`sak${tag}-1`, `meeting${tag}-1`, `goal${tag}-1`];
        const appended: { streamId: string; id: string }[] = [];
        for (const streamId of [sak, goal, meeting, goal, sak]) {
          const event = anEvent('Recorded');
          appended.push({ streamId, id: event.id });
          await store.append(streamId, [event], { expectedRevision: 'any' });
        }
        const ours = appended.filter((e) => e.streamId !== goal).map((e) => e.id);
        const prefixes = [`sak${tag}-`, `meeting${tag}-`];
        const all = await store.readStreams({ prefixes });
        expect(all.events.map((e) => e.id)).toEqual(ours);
        const lastOfAll = (await store.readAll()).at(-1)!.globalPosition;
        // To the end: it looked at the whole log, so reading again from there finds nothing.
        expect(all.scannedTo! >= lastOfAll).toBe(true);
        const again = await store.readStreams({ prefixes, after: all.scannedTo });
        expect(again.events).toEqual([]);
        expect(again.scannedTo! >= all.scannedTo!).toBe(true);
        const firstTwo = await store.readStreams({ prefixes, maxCount: 2 });
        expect(firstTwo.events.map((e) => e.id)).toEqual(ours.slice(0, 2));
        // A full page stops at its last event: the rest is still to be read.
        expect(firstTwo.scannedTo).toBe(firstTwo.events[1].globalPosition);
        const rest = await store.readStreams({ prefixes, after: firstTwo.scannedTo });
        expect(rest.events.map((e) => e.id)).toEqual(ours.slice(2));
        expect((await store.readStreams({ prefixes: [`nothing${tag}-`] })).events).toEqual([]);
        expect((await store.readStreams({ prefixes: [] })).events).toEqual([]);
      });
    });

    describe('catch-up subscription', () => {
      it('delivers history, then live events, and resumes after a position with no gap and no duplicate', async () => {
        const streamId = uniqueStream('sub');
        const mine = (event: RecordedEvent) => event.streamId === streamId;
        await store.append(streamId, [anEvent('H1'), anEvent('H2')], { expectedRevision: 'no_stream' });

        const subscription = store.subscribeToAll();
        const history = await take(subscription, 2, mine);
        expect(history.map((e) => e.type)).toEqual(['H1', 'H2']);

        const live = take(subscription, 2, mine);
        await store.append(streamId, [anEvent('L1')], { expectedRevision: 1n });
        await store.append(streamId, [anEvent('L2')], { expectedRevision: 2n });
        expect((await live).map((e) => e.type)).toEqual(['L1', 'L2']);
        await subscription.close();

        const resumed = store.subscribeToAll({ after: history[1].globalPosition });
        const afterCheckpoint = await take(resumed, 2, mine);
        expect(afterCheckpoint.map((e) => e.type)).toEqual(['L1', 'L2']);
        await resumed.close();
      });

      it('ends iteration when closed', async () => {
        const subscription = store.subscribeToAll();
        const iterator = subscription[Symbol.asyncIterator]();
        const pending = (async () => {
          for (;;) {
            const next = await iterator.next();
            if (next.done) return 'ended';
          }
        })();
        await subscription.close();
        await expect(pending).resolves.toBe('ended');
      });
    });
  });
}
