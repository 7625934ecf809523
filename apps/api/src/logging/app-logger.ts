import { ConsoleLogger, type LogLevel } from '@nestjs/common';

/** `json`: one JSON object per line, for a log collector; `text`: Nest's lines, for a person at a terminal. */
export type LogFormat = 'json' | 'text';

/**
 * LOG_FORMAT (checked with the rest of the configuration), or by default JSON unless the output is
 * a terminal: a container's log, a pipe or a file gets lines a collector can parse, and no colour codes.
 */
export function logFormatOf(env: Record<string, string | undefined>, isTerminal = Boolean(process.stdout.isTTY)): LogFormat {
  const format = env.LOG_FORMAT;
  if (format === 'json' || format === 'text') return format;
  return isTerminal ? 'text' : 'json';
}

const isFields = (message: unknown): message is Record<string, unknown> =>
  typeof message === 'object' && message !== null && !Array.isArray(message) && !(message instanceof Error);

/**
 * The app's logger: Nest's own, printing in JSON one line per entry with an ISO time, the level,
 * the context (`HTTP`, `Audit`, `ReadModels`...) and the message. A message given as an object
 * (a request's line: its id, route, status, time) has its fields at the top level, to be queried.
 */
export class AppLogger extends ConsoleLogger {
  constructor(format: LogFormat, isTerminal = Boolean(process.stdout.isTTY)) {
    // Nest itself leaves colours out where NO_COLOR is set.
    super({ json: format === 'json', colors: format === 'text' && isTerminal });
  }

  protected override getJsonLogObject(message: unknown, options: { context: string; logLevel: LogLevel; errorStack?: unknown }) {
    return {
      time: new Date().toISOString(),
      level: options.logLevel,
      pid: process.pid,
      ...(options.context ? { context: options.context } : {}),
      ...(isFields(message) ? message : { message }),
      ...(options.errorStack ? { stack: options.errorStack } : {}),
    } as unknown as ReturnType<ConsoleLogger['getJsonLogObject']>;
  }
}
