import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, ArrayMaxSize, ArrayMinSize, IsIn, Matches, ValidateNested } from 'class-validator';
import { IsBusinessDate, IsSlug, OptionalText, RequiredText, SourcedDto } from '@app/http-common';
import { SOURCE_BASES, type SourceBasis } from '@app/shared-kernel';
import { DOCUMENT_KINDS, type DocumentKind } from '../domain/sources-terms';

const SHA256 = /^[0-9a-f]{64}$/;

export class DocumentDto {
  @ApiProperty({ example: 'nehs-2022-1-saksdokument' })
  @IsSlug()
  documentId!: string;

  @ApiProperty({ example: 'Saksdokument møte 1/22 (innkalling og saksframlegg)' })
  @RequiredText(500)
  title!: string;

  @ApiProperty({ enum: DOCUMENT_KINDS, example: 'saksdokument' })
  @IsIn(DOCUMENT_KINDS)
  kind!: DocumentKind;

  @ApiProperty({ example: '2022-02-04', description: 'The document’s date: facts taken from it are known from then on' })
  @IsBusinessDate()
  date!: string;

  @ApiProperty({ enum: SOURCE_BASES, example: 'interpreted', description: 'Whether the document states its date' })
  @IsIn(SOURCE_BASES)
  dateBasis!: SourceBasis;

  @ApiPropertyOptional({ example: 'Undated; written for the meeting of 4 February 2022.' })
  @OptionalText(2000)
  dateNote?: string;

  @ApiProperty({ example: 'Direktoratet for e-helse' })
  @RequiredText(300)
  issuer!: string;

  @ApiProperty({
    example: '0cb6471d96b8a903a9cccf3c9ce1fcb9f37cf05c6e20128da7f3381cefedd22f',
    description: 'SHA-256 (hex) of the document file',
    pattern: SHA256.source,
  })
  @Matches(SHA256, { message: 'sha256 must be 64 lower-case hex digits' })
  sha256!: string;
}

export class ReadingDto {
  @ApiProperty({ example: '11:20' })
  @RequiredText(4000)
  value!: string;

  @ApiProperty({ example: 'nehs-2022-1-presentasjon' })
  @IsSlug()
  document!: string;

  @ApiPropertyOptional({ example: 'Agenda' })
  @OptionalText(500)
  locator?: string;

  @ApiPropertyOptional({ example: 'Lunsj 11:20' })
  @OptionalText(4000)
  quote?: string;
}

export class SourceConflictDto extends SourcedDto {
  @ApiProperty({ example: 'mote-1-22-lunsj' })
  @IsSlug()
  conflictId!: string;

  @ApiProperty({ example: 'nehs-2022-1', description: 'The id of the meeting, sak, goal, finding... the value belongs to' })
  @IsSlug()
  about!: string;

  @ApiProperty({ example: 'lunchStart' })
  @RequiredText(100)
  field!: string;

  @ApiProperty({ type: [ReadingDto], minItems: 2, maxItems: 10 })
  @ArrayMinSize(2)
  @ArrayMaxSize(10)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ReadingDto)
  readings!: ReadingDto[];

  @ApiPropertyOptional({ example: 'The slides and the saksdokument give different times for the lunch break.' })
  @OptionalText(2000)
  note?: string;
}
