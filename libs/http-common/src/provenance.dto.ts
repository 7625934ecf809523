import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { applyDecorators } from '@nestjs/common';
import {
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateBy,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { SLUG_PATTERN, SOURCE_BASES, isBusinessDate, isBusinessDateOrInstant, type SourceBasis } from '@app/shared-kernel';
import type { Provenance } from '@app/event-store';

/** A calendar date `YYYY-MM-DD` that exists. */
export const IsBusinessDate = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isBusinessDate',
      validator: {
        validate: (v) => typeof v === 'string' && isBusinessDate(v),
        defaultMessage: (a) => `${a?.property} must be a date YYYY-MM-DD`,
      },
    },
    options,
  );

/** A date, or a date-time with offset. */
export const IsBusinessTime = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isBusinessTime',
      validator: {
        validate: (v) => typeof v === 'string' && isBusinessDateOrInstant(v),
        defaultMessage: (a) => `${a?.property} must be YYYY-MM-DD or an ISO date-time with offset`,
      },
    },
    options,
  );

export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A required, non-empty text of at most `maxLength` characters. */
export const RequiredText = (maxLength: number) => applyDecorators(IsString(), IsNotEmpty(), MaxLength(maxLength));

/** An optional text of at most `maxLength` characters. */
export const OptionalText = (maxLength: number) => applyDecorators(IsOptional(), IsString(), MaxLength(maxLength));

/** An id such as `nehs` or `inger-cathrine-bryne`. */
export const IsSlug = (options: ValidationOptions = {}) =>
  Matches(SLUG_PATTERN, {
    message: ({ property }) => `${options.each ? 'each of ' : ''}${property} must be lower-case letters, digits and dashes`,
    ...options,
  });

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

  @ApiPropertyOptional({ example: 'The meeting number is not stated; 3/21 is inferred from møte 4/21 being the next.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
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
  @ValidateNested()
  @Type(() => SourceDto)
  source?: SourceDto;

  @ApiPropertyOptional({ example: 'nehs-2021-40', description: 'The sak whose vedtak decided this (sak 40/21 of Nasjonalt e-helsestyre)' })
  @IsOptional()
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*-\d{4}-\d+$/, { message: 'decidedIn must be a sak id such as nehs-2021-40' })
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
