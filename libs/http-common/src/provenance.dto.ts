import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { applyDecorators } from '@nestjs/common';
import {
  IsObject,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateBy,
  ValidateIf,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { SLUG_PATTERN, SOURCE_BASES, isBusinessDate, isBusinessDateOrInstant, type SourceBasis } from '@app/shared-kernel';
import type { Provenance } from '@app/event-store';

/** A calendar date `YYYY-MM-DD` that exists. */
export const IsBusinessDate = (options?: ValidationOptions) =>
  applyDecorators(
    ApiProperty({ format: 'date' }),
    ValidateBy(
      {
        name: 'isBusinessDate',
        validator: {
          validate: (v) => typeof v === 'string' && isBusinessDate(v),
          defaultMessage: (a) => `${a?.property} must be a date YYYY-MM-DD`,
        },
      },
      options,
    ),
  );

/** A date, or a date-time with offset. */
export const IsBusinessTime = (options?: ValidationOptions) =>
  applyDecorators(
    ApiProperty({
      anyOf: [
        { type: 'string', format: 'date' },
        { type: 'string', format: 'date-time' },
      ],
    }),
    ValidateBy(
      {
        name: 'isBusinessTime',
        validator: {
          validate: (v) => typeof v === 'string' && isBusinessDateOrInstant(v),
          defaultMessage: (a) => `${a?.property} must be YYYY-MM-DD or an ISO date-time with offset`,
        },
      },
      options,
    ),
  );

export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A sak's (or a meeting's) id: its body, year and number, `nehs-2021-40`. */
export const SAK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*-\d{4}-\d+$/;

/**
 * Characters a recorded text may not hold: control characters other than tab and newline (a
 * lone CR, NUL...), and the bidirectional overrides and isolates that make text read otherwise
 * than it is stored (U+202A–U+202E, U+2066–U+2069).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN_IN_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;
/** Nothing a reader would see: whitespace and zero-width characters. */
const INVISIBLE = /^[\s\u200B-\u200D\u2060\uFEFF]*$/;

/** Recorded text in one form (NFC, line breaks as LF): "å" typed or pasted in two code points is stored as one. */
const nfc = (value: unknown) => (typeof value === 'string' ? value.normalize('NFC').replace(/\r\n/g, '\n') : value);
const Nfc = () => Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map(nfc) : nfc(value)));

const CleanText = (required: boolean, options: ValidationOptions = {}) =>
  ValidateBy(
    {
      name: 'cleanText',
      validator: {
        validate: (v) => typeof v === 'string' && !FORBIDDEN_IN_TEXT.test(v) && !(required && INVISIBLE.test(v)),
        defaultMessage: (a) =>
          [a?.value].flat().some((v) => typeof v === 'string' && FORBIDDEN_IN_TEXT.test(v))
            ? `${options.each ? 'each of ' : ''}${a?.property} holds a control or direction-override character`
            : `${options.each ? 'each of ' : ''}${a?.property} is blank`,
      },
    },
    options,
  );

/**
 * A required text of at most `maxLength` characters, with something a reader can see (with
 * `each`: a list of such texts). Its bounds are in the OpenAPI document.
 */
export const RequiredText = (maxLength: number, options: Pick<ValidationOptions, 'each'> = {}) =>
  applyDecorators(
    ApiProperty(options.each ? { items: { type: 'string', minLength: 1, maxLength } } : { minLength: 1, maxLength }),
    Nfc(),
    IsString(options),
    IsNotEmpty(options),
    MaxLength(maxLength, options),
    CleanText(true, options),
  );

/** An optional text of at most `maxLength` characters. */
export const OptionalText = (maxLength: number) =>
  applyDecorators(ApiPropertyOptional({ maxLength }), IsOptional(), Nfc(), IsString(), MaxLength(maxLength), CleanText(false));

/**
 * A text required when `condition` holds of the object it is in, and otherwise optional (an
 * interpretation must say how the document was read; a stated fact may).
 */
export const TextRequiredWhen = <T extends object>(condition: (object: T) => boolean, maxLength: number) =>
  applyDecorators(
    ApiPropertyOptional({ maxLength }),
    ValidateIf((object: T, value: unknown) => value !== undefined || condition(object)),
    Nfc(),
    IsString(),
    MaxLength(maxLength),
    CleanText(true),
  );

/** An id such as `nehs` or `inger-cathrine-bryne` (with `each`: a list of them). */
export const IsSlug = (options: ValidationOptions = {}) =>
  applyDecorators(
    ApiProperty(options.each ? { items: { type: 'string', pattern: SLUG_PATTERN.source } } : { pattern: SLUG_PATTERN.source }),
    Matches(SLUG_PATTERN, {
      message: ({ property }) => `${options.each ? 'each of ' : ''}${property} must be lower-case letters, digits and dashes`,
      ...options,
    }),
  );

export class SourceDto {
  @ApiProperty({ example: 'nehs-2022-1-saksdokument', description: 'A registered source document (GET /documents)' })
  @IsSlug()
  document!: string;

  @ApiPropertyOptional({ example: 'side 1, Sak 1/22' })
  @OptionalText(500)
  locator?: string;

  @ApiProperty({
    enum: SOURCE_BASES,
    example: 'stated',
    description: '`stated`: the document says it; `interpreted`: the recorder inferred it',
  })
  @IsIn(SOURCE_BASES)
  basis!: SourceBasis;

  @ApiPropertyOptional({
    example: 'The meeting number is not stated; 3/21 is inferred from møte 4/21 being the next.',
    description: 'How the recorder read the document: required when `basis` is `interpreted`',
  })
  @TextRequiredWhen((source: SourceDto) => source.basis === 'interpreted', 2000)
  note?: string;

  @ApiPropertyOptional({
    example: 'Sjekket mot lydopptaket; ordlyden i referatet er forkortet.',
    description: 'For the secretariat and auditors only: never shown to the public, nor in the referat or reports',
  })
  @OptionalText(2000)
  internalNote?: string;

  @ApiPropertyOptional({
    example: 'Nasjonalt e-helsestyre godkjenner innkalling og dagsorden.',
    description: 'The document’s own words stating the fact',
  })
  @OptionalText(8000)
  quote?: string;
}

/** Where the facts of a write come from, and the sak that decided them. */
export class SourcedDto {
  @ApiPropertyOptional({ type: SourceDto })
  @IsOptional()
  // Nested objects are checked to be objects: ValidateNested alone takes a list of them for one, and nothing for a required one.
  @IsObject()
  @ValidateNested()
  @Type(() => SourceDto)
  source?: SourceDto;

  @ApiPropertyOptional({
    example: 'nehs-2021-40',
    description: 'The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)',
    pattern: SAK_ID.source,
  })
  @IsOptional()
  @Matches(SAK_ID, { message: 'decidedIn must be a sak id such as nehs-2021-40' })
  decidedIn?: string;
}

/** Fields every write accepts: where the facts come from and, optionally, when they take effect. */
export class ProvenanceDto extends SourcedDto {
  @ApiPropertyOptional({
    description: 'When the facts take effect; each command has a default (usually the meeting date)',
    example: '2022-02-04',
  })
  @IsOptional()
  @IsBusinessTime()
  effectiveAt?: string;
}

export function provenanceOf(dto: SourcedDto & { effectiveAt?: string }, reason?: string): Provenance {
  return {
    effectiveAt: dto.effectiveAt,
    source: dto.source && { ...dto.source },
    ...(reason ? { reason } : {}),
    ...(dto.decidedIn ? { decidedIn: dto.decidedIn } : {}),
  };
}
