/** A read side kept from the log: it can be caught up, and says how far it has read. */
export interface ReadModel {
  readonly name: string;
  /** Reads what was appended since it last read, and builds what its first query would. */
  warmUp(): Promise<void>;
  /** The global position of the last event of its streams it has read, if any. */
  position(): bigint | undefined;
  /** Whether the log holds events of its streams it has not read yet. */
  hasUnread(): Promise<boolean>;
}

/**
 * The read models of the running app. Each registers itself when it is created, so the app can
 * catch them all up before it reports ready, and readiness can say how far each has read.
 */
export class ReadModelRegistry {
  private readonly models: ReadModel[] = [];
  private warmed = false;

  register(model: ReadModel): void {
    this.models.push(model);
  }

  all(): readonly ReadModel[] {
    return this.models;
  }

  get isWarm(): boolean {
    return this.warmed;
  }

  /** Catches every read model up, one after the other; returns how long each took. */
  async warmUp(now: () => number = () => performance.now()): Promise<{ name: string; ms: number }[]> {
    const timings: { name: string; ms: number }[] = [];
    for (const model of this.models) {
      const start = now();
      await model.warmUp();
      timings.push({ name: model.name, ms: Math.round(now() - start) });
    }
    this.warmed = true;
    return timings;
  }
}
