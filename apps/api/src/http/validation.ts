import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { Problem } from './problem';

function flatten(errors: ValidationError[], parent = ''): { field: string; problems: string[] }[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Whitelisting, unknown properties refused, payloads transformed to their DTO classes. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const problem: Problem = {
        statusCode: 400,
        code: 'VALIDATION.FAILED',
        message: `Invalid ${fields.map((f) => f.field).join(', ')}: ${fields.flatMap((f) => f.problems).join('; ')}`,
        fields,
      };
      return new BadRequestException(problem);
    },
  });
}
