import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { Conflict, ValidationFailed, rewriteJson, type EventTypes, type JsonObject } from '@app/shared-kernel';
import type { RecordedEvent } from '../port/event-envelope';
import type { PersonalDataKeys } from './key-store';

/** A name as compared: "Karl  S Vestli" and "karl s vestli" are the same person's. */
export const normaliseName = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** What a reader sees where a person's data was erased. */
export const ERASED = 'slettet';
/** What a reader sees where a sealed value was altered in the store. */
export const UNREADABLE = 'uleselig';

/**
 * A personal value as the log stores it: the person's id, and the value encrypted with the
 * person's key (AES-256-GCM). Written as one string in the field it replaces, between brackets
 * no escaping touches, so that it survives into JSON, Markdown, HTML and CSV alike and is
 * revealed (or shown as erased) only as an answer leaves the app.
 */
const ENVELOPE = /⟦pii1:([A-Za-z0-9_-]+):([A-Za-z0-9_-]+):([A-Za-z0-9_-]+)⟧/g;
/** How a sealed value starts. */
export const MARK = '⟦pii1:';
const b64 = (bytes: Buffer) => bytes.toString('base64url');

/** Whether a person has had data sealed here (`held`), has been erased, or neither (`unknown`). */
export type PersonalDataStatus = 'unknown' | 'held' | 'erased';

/**
 * Personal data in the log, encrypted per person so that it can be erased (GDPR art. 17)
 * while the log stays as it is and verifies: the EventLog seals the personal fields each event
 * type declares as it appends; command handlers open them to decide; everything else (the read
 * models, the projection store) only ever holds the sealed form, which the HTTP layer reveals
 * as each answer leaves. Erasing a person deletes the key: from then on every read shows "slettet".
 */
export class PersonalData {
  constructor(
    private readonly keys: PersonalDataKeys,
    private readonly eventTypes: EventTypes,
  ) {}

  /** A person known only by name (a presenter, a saksbehandler): an id from the name that does not give the name away. */
  personOfName(name: string): string {
    return `person:${createHmac('sha256', this.keys.pepper()).update(normaliseName(name)).digest('hex').slice(0, 24)}`;
  }

  /** Seals a person's value; refuses a person whose data was erased (nothing is recorded of them again, not even silently as "slettet"). */
  seal(personId: string, value: string): string {
    const key = this.keys.keyFor(personId);
    if (!key) throw new Conflict('PERSON.ERASED', 'The data of this person has been erased and cannot be recorded again', { personId });
    const iv = randomBytes(12);
    // The person's id is bound to the sealed bytes: an envelope moved to another person's id does not open.
    const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 }).setAAD(Buffer.from(personId));
    const sealed = Buffer.concat([cipher.update(value, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `⟦pii1:${b64(Buffer.from(personId))}:${b64(iv)}:${b64(sealed)}⟧`;
  }

  /** Every sealed value in a text revealed (`escape` makes it safe for the text's format), or "slettet". */
  reveal(text: string, escape: (value: string) => string = (value) => value): string {
    if (!text.includes(MARK)) return text;
    return text.replace(ENVELOPE, (_, person: string, iv: string, sealed: string) => {
      const personId = Buffer.from(person, 'base64url').toString('utf8');
      const key = this.keys.key(personId);
      // Erased: the key was deleted. Never had one here: the wrong key file, not an erasure.
      if (key === null) return escape(ERASED);
      if (key === undefined) return escape(UNREADABLE);
      try {
        const bytes = Buffer.from(sealed, 'base64url');
        if (bytes.length < 16) return escape(UNREADABLE);
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), { authTagLength: 16 });
        decipher.setAAD(Buffer.from(personId));
        decipher.setAuthTag(bytes.subarray(bytes.length - 16));
        return escape(Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString('utf8'));
      } catch {
        // Altered bytes fail the cipher's check: shown as such (and /audit/verify names the event).
        return escape(UNREADABLE);
      }
    });
  }

  /** A JSON value with every sealed string in it revealed. */
  revealAll<T>(value: T): T {
    return rewriteJson(value, { string: (text) => this.reveal(text) });
  }

  /** The event's personal fields, as its type declares them, sealed for the log. */
  sealFields(type: string, data: JsonObject): JsonObject {
    let sealed = data;
    for (const field of this.eventTypes.personalFieldsOf(type)) {
      const value = at(sealed, field.path);
      if (typeof value !== 'string' || value === '') continue;
      sealed = withValue(sealed, field.path, this.seal(field.person(data, this), value));
    }
    return sealed;
  }

  /** The name of who records, sealed when it is a person's (a token's, the identity provider's, a command-line user's). */
  sealActor(actor: { name: string; id?: string }): string {
    return actor.id && /^(token|oidc|cli):/.test(actor.id) ? this.seal(actor.id, actor.name) : actor.name;
  }

  /** Refuses a sealed value sent in: pasted into free text, it would be revealed to whoever reads that text. */
  refuseSealedInput(data: JsonObject, field: string): void {
    if (JSON.stringify(data).includes(MARK))
      throw new ValidationFailed('PERSONAL_DATA.SEALED_VALUE_IN_INPUT', 'A sealed personal value cannot be recorded as text', field);
  }

  /** The event with its personal values revealed: for deciding, never to be kept. */
  open(event: RecordedEvent): RecordedEvent {
    const data = this.revealAll(event.data);
    const actor = this.reveal(event.metadata.actor);
    return data === event.data && actor === event.metadata.actor ? event : { ...event, data, metadata: { ...event.metadata, actor } };
  }

  erase(personId: string, at: Date): void {
    this.keys.erase(personId, at);
  }

  /** Whether a person has had data sealed here, or has been erased. */
  status(personId: string): PersonalDataStatus {
    const key = this.keys.key(personId);
    return key === undefined ? 'unknown' : key === null ? 'erased' : 'held';
  }
}

function at(data: JsonObject, path: readonly string[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
    data,
  );
}

function withValue(data: JsonObject, path: readonly string[], value: string): JsonObject {
  const [key, ...rest] = path;
  return { ...data, [key]: rest.length ? withValue(data[key] as JsonObject, rest, value) : value };
}
