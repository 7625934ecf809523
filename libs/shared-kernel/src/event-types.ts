import type { DomainEvent } from './decider';
import { ValidationFailed } from './domain-error';

/** Turns the `data` of one schema version of an event type into the next version's. */
export type Upcaster = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Where an event type holds a person's data (a name), and whose it is: the log keeps it
 * encrypted with that person's key, so that erasing the person can make it unreadable.
 */
export interface PersonalField {
  path: readonly string[];
  /** The person's id, from the event's data (a member's id) or from the name itself (someone known only by name). */
  person(data: Record<string, unknown>, names: { personOfName(name: string): string }): string;
}

export interface EventTypeDefinition {
  /** The version of `data` this code writes and reads (1 until the shape first changes). */
  schemaVersion: number;
  /** Its fields that hold personal data (none by default). */
  personal?: readonly PersonalField[];
  /** Keyed by the version they upcast from: `{ 1: v1ToV2, 2: v2ToV3 }`. */
  upcasters?: Record<number, Upcaster>;
}

/**
 * The event types of a bounded context, each with the schema version of its `data` and the
 * upcasters from older versions: the one place a stored event's shape is brought up to what
 * the code reads. Listing a context's events is checked by the compiler: every type of the
 * context's event union must be defined, and nothing else.
 */
export class EventTypes<E extends DomainEvent = DomainEvent> {
  private constructor(private readonly definitions: ReadonlyMap<string, EventTypeDefinition>) {}

  /** A context's registry; a plain number is the schema version of a type without upcasters. */
  static define<E extends DomainEvent>(definitions: { [T in E['type']]: EventTypeDefinition | number }): EventTypes<E> {
    const entries = Object.entries<EventTypeDefinition | number>(definitions).map(
      ([type, definition]) => [type, typeof definition === 'number' ? { schemaVersion: definition } : definition] as const,
    );
    for (const [type, { schemaVersion, upcasters = {} }] of entries) {
      for (let version = 1; version < schemaVersion; version++) {
        if (!upcasters[version]) throw new Error(`${type} is at schema version ${schemaVersion} but has no upcaster from ${version}`);
      }
    }
    return new EventTypes<E>(new Map(entries));
  }

  /** The registries of several contexts as one (the app's); a type defined twice is a mistake. */
  static combine(...registries: EventTypes[]): EventTypes {
    const all = new Map<string, EventTypeDefinition>();
    for (const registry of registries) {
      for (const [type, definition] of registry.definitions) {
        if (all.has(type)) throw new Error(`Event type ${type} is defined by two contexts`);
        all.set(type, definition);
      }
    }
    return new EventTypes(all);
  }

  get types(): string[] {
    return [...this.definitions.keys()];
  }

  has(type: string): type is E['type'] {
    return this.definitions.has(type);
  }

  /** The schema version new events of this type are written at; unknown types are refused, naming `field`. */
  schemaVersionOf(type: string, field = 'type'): number {
    const definition = this.definitions.get(type);
    if (!definition) throw new ValidationFailed('EVENT.TYPE_UNKNOWN', `No event type ${type} is defined`, field);
    return definition.schemaVersion;
  }

  personalFieldsOf(type: string): readonly PersonalField[] {
    return this.definitions.get(type)?.personal ?? [];
  }

  /**
   * The event's data as this code reads it: upcast one version at a time from the version it
   * was stored at. Types this registry does not know are left as they are.
   */
  upcast(type: string, storedVersion: number, data: Record<string, unknown>): Record<string, unknown> {
    const definition = this.definitions.get(type);
    if (!definition || storedVersion === definition.schemaVersion) return data;
    if (storedVersion > definition.schemaVersion) {
      throw new Error(`${type} was stored at schema version ${storedVersion}, newer than this code's ${definition.schemaVersion}`);
    }
    let upcast = data;
    for (let version = storedVersion; version < definition.schemaVersion; version++) upcast = definition.upcasters![version](upcast);
    return upcast;
  }
}
