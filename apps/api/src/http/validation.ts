import { BadRequestException, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import type { Problem } from './problem';

type Field = { field: string; problems: string[] };

function flatten(errors: ValidationError[], parent = ''): Field[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Keys every JavaScript object has of its own kind. Nest strips `__proto__`, `prototype` and
 * `constructor` from a body without a word, and class-validator's whitelist takes `toString`,
 * `valueOf`... for declared properties: each would be let through as if it were not there.
 */
const OBJECT_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/**
 * What a body holds that the DTOs' validation would let pass: `null` (no property takes it;
 * `@IsOptional()` would take it for "absent"), and the keys above, each with where it is.
 */
function refusedIn(value: unknown, at: string): Field[] {
  if (value === null) return [{ field: at || 'body', problems: [`${at || 'body'} must not be null (leave out what has no value)`] }];
  if (typeof value !== 'object') return [];
  const inside = (key: string | number) => (at ? `${at}.${key}` : String(key));
  if (Array.isArray(value)) return value.flatMap((item, i) => refusedIn(item, inside(i)));
  return Object.entries(value).flatMap(([key, item]) =>
    OBJECT_KEYS.has(key) ? [{ field: inside(key), problems: [`property ${key} should not exist`] }] : refusedIn(item, inside(key)),
  );
}

const problemOf = (fields: Field[]) => {
  const problem: Problem = {
    statusCode: 400,
    code: 'VALIDATION.FAILED',
    message: `Invalid ${fields.map((f) => f.field).join(', ')}: ${fields.flatMap((f) => f.problems).join('; ')}`,
    fields,
  };
  return new BadRequestException(problem);
};

class BodyValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && value !== undefined) {
      const refused = refusedIn(value, '');
      if (refused.length) throw problemOf(refused);
    }
    return super.transform(value, metadata);
  }
}

/** Whitelisting, unknown properties refused, payloads transformed to their DTO classes; no nulls in a body. */
export function createValidationPipe(): ValidationPipe {
  return new BodyValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => problemOf(flatten(errors)),
  });
}
