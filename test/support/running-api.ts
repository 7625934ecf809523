import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Clock } from '@app/shared-kernel';
import { createApp } from '../../apps/api/src/bootstrap';

export interface Answer {
  status: number;
  type: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** The app as main.ts builds it, from environment variables, on a random port, spoken to over real HTTP. */
export class RunningApi {
  app!: NestFastifyApplication;
  private base = '';

  constructor(
    private readonly env: () => Record<string, string>,
    private readonly clock?: Clock,
  ) {}

  async start(): Promise<void> {
    this.app = await createApp(this.env(), { logger: false, clock: this.clock });
    await this.app.listen(0, '127.0.0.1');
    this.base = await this.app.getUrl();
  }

  get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
    return this.request('GET', url, undefined, headers);
  }

  /** A write, recorded as `actor` (send `actor: null` to leave the X-Actor header out). */
  post(url: string, body: unknown, actor: string | null = 'sekretariatet@ehelse.no'): Promise<Answer> {
    return this.request('POST', url, body, actor === null ? {} : { 'x-actor': actor });
  }

  private async request(method: string, url: string, body: unknown, headers: Record<string, string>): Promise<Answer> {
    const response = await fetch(`${this.base}${url}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, type, body: type.includes('json') ? JSON.parse(text) : text };
  }
}
