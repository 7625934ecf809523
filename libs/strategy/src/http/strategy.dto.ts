import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsObject,
  ArrayMinSize,
  ArrayNotEmpty,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateBy,
  ValidateNested,
  ArrayMaxSize,
} from 'class-validator';
import { SLUG_PATTERN } from '@app/shared-kernel';
import { IsBusinessDate, IsSlug, OptionalText, ProvenanceDto, RequiredText, TemporalQueryDto } from '@app/http-common';
import { GOAL_CODE, KPI_UNITS, LINKED_ITEM_KINDS, MEASURE_CODE, type KpiUnit, type LinkedItemKind } from '../domain/strategy-terms';

const GoalCode = () => Matches(GOAL_CODE, { message: 'code must look like 2.1 or 5' });

export class TextDto extends ProvenanceDto {
  @ApiProperty({ example: 'Sammen om helhetlige, trygge og nyskapende tjenester som fremmer helse og mestring' })
  @RequiredText(5000)
  text!: string;
}

export class VisionDraftDto extends TextDto {
  @ApiProperty({ example: 'arbeidsutkast-1' })
  @IsSlug()
  draftId!: string;
}

export class AdoptVisionDto extends TextDto {
  @ApiPropertyOptional({ example: 'arbeidsutkast-3' })
  @IsOptional()
  @IsSlug()
  draftId?: string;
}

export class PrincipleDto extends ProvenanceDto {
  @ApiProperty({ example: 'HELHETLIGE' })
  @RequiredText(100)
  name!: string;

  @ApiPropertyOptional({ example: 'Helhetlige tjenester for innbyggere og helsepersonell' })
  @OptionalText(4000)
  description?: string;

  @ApiProperty({ example: ['Bidrar målet til sammenhengende tjenester på tvers av aktører?'], minItems: 1, maxItems: 50 })
  @RequiredText(1000, { each: true })
  @ArrayNotEmpty()
  @ArrayMaxSize(50)
  questions!: string[];
}

export class ThemeDto extends ProvenanceDto {
  @ApiProperty({ example: 'aktiv-medvirkning' })
  @IsSlug()
  themeCode!: string;

  @ApiProperty({ example: 'AKTIV MEDVIRKNING' })
  @RequiredText(200)
  name!: string;

  @ApiPropertyOptional({ example: 'Direkte nytte for innbygger' })
  @OptionalText(500)
  subtitle?: string;
}

export class NameDto extends ProvenanceDto {
  @ApiProperty({ example: 'Aktiv medvirkning' })
  @RequiredText(200)
  name!: string;
}

export class WorkshopDto extends ProvenanceDto {
  @ApiProperty({ example: 'arbeidsmote-2021-11-15' })
  @IsSlug()
  workshopId!: string;

  @ApiProperty({ example: 'Arbeidsmøte om endringsområder' })
  @RequiredText(300)
  title!: string;

  @ApiProperty({ example: '2021-11-15' })
  @IsBusinessDate()
  date!: string;

  @ApiPropertyOptional({ example: ['KS', 'Helse Vest RHF'], maxItems: 200 })
  @IsOptional()
  @RequiredText(200, { each: true })
  @ArrayMaxSize(200)
  organisations?: string[];

  @ApiPropertyOptional({
    example: 10,
    description: 'How many meetings the workshop series had ("10 arbeidsmøter")',
    type: 'integer',
    minimum: 1,
    maximum: 1000,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  sessions?: number;
}

export class WorkshopRefDto extends ProvenanceDto {
  @ApiProperty({ example: 'arbeidsmoter-november-2021' })
  @IsSlug()
  workshopId!: string;
}

export class InputDto {
  @ApiProperty({ example: 'innspill-17' })
  @IsSlug()
  inputId!: string;

  @ApiProperty({ example: 'Innbygger må kunne dele egne helsedata med helsepersonell' })
  @RequiredText(5000)
  text!: string;

  @ApiPropertyOptional({ example: 'FFO' })
  @OptionalText(200)
  organisation?: string;
}

export class InputsDto extends ProvenanceDto {
  @ApiProperty({ type: [InputDto], minItems: 1, maxItems: 10000 })
  @ArrayNotEmpty()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => InputDto)
  @ArrayMaxSize(10000)
  inputs!: InputDto[];
}

export class InputCountDto extends ProvenanceDto {
  // At most 2^53 - 1: IsInt takes 1e308 and 9007199254740993 (integers to JavaScript), though neither reads back as sent.
  @ApiProperty({ example: 400, type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  count!: number;

  @ApiPropertyOptional({ example: '10 arbeidsmøter i november 2021 ga 400 innspill' })
  @OptionalText(1000)
  note?: string;
}

export class ChangeAreaDto extends ProvenanceDto {
  @ApiProperty({ example: 'tilgang-til-egne-helsedata' })
  @IsSlug()
  changeAreaId!: string;

  @ApiProperty({ example: 'Innbyggers tilgang til og bruk av egne helsedata' })
  @RequiredText(300)
  name!: string;

  @ApiProperty({ example: 'Fra.. helsedata er spredt og vanskelig tilgjengelig' })
  @RequiredText(5000)
  fra!: string;

  @ApiProperty({ example: 'Til.. innbygger har enkel tilgang til egne helsedata' })
  @RequiredText(5000)
  til!: string;
}

export class InputIdsDto extends ProvenanceDto {
  @ApiProperty({ example: ['innspill-17', 'innspill-42'], minItems: 1, maxItems: 10000 })
  @ArrayNotEmpty()
  @IsSlug({ each: true })
  @ArrayMaxSize(10000)
  inputIds!: string[];
}

export class MergeChangeAreaDto extends ProvenanceDto {
  @ApiProperty({ example: 'datadeling' })
  @IsSlug()
  intoChangeAreaId!: string;
}

export class GoalDescriptionDto extends ProvenanceDto {
  @ApiPropertyOptional({ example: 'Helseinformasjon skal følge pasienten på tvers av aktører.' })
  @OptionalText(10000)
  description?: string;

  @ApiPropertyOptional({ example: 'Hvor er vi? I dag må pasienten selv ...' })
  @OptionalText(10000)
  hvorErVi?: string;

  @ApiPropertyOptional({ example: 'Hvor skal vi? Innen 2030 ...' })
  @OptionalText(10000)
  hvorSkalVi?: string;
}

export class DraftGoalDto extends GoalDescriptionDto {
  @ApiProperty({ example: 'mal-2-1', description: 'Stable id; the code may change, the id does not' })
  @IsSlug()
  goalId!: string;

  @ApiProperty({ example: '2.1', pattern: GOAL_CODE.source })
  @GoalCode()
  code!: string;

  @ApiProperty({ example: 'Sørge for at helseinformasjon følger pasienten på tvers av aktører' })
  @RequiredText(1000)
  title!: string;

  @ApiProperty({ example: 'bedre-helsehjelp' })
  @IsSlug()
  themeCode!: string;

  @ApiPropertyOptional({ example: ['tilgang-til-egne-helsedata'], maxItems: 100 })
  @IsOptional()
  @IsSlug({ each: true })
  @ArrayMaxSize(100)
  fromChangeAreas?: string[];

  @ApiPropertyOptional({
    example: ['mal-2-1', 'mal-4-6'],
    description: 'Goals this one is formed from (a merge target or a split part)',
    maxItems: 100,
  })
  @IsOptional()
  @IsSlug({ each: true })
  @ArrayMaxSize(100)
  derivedFromGoals?: string[];
}

export class RewordGoalDto extends ProvenanceDto {
  @ApiProperty({ example: 'Videreutvikle arbeidsprosesser for effektiv ressursutnyttelse' })
  @RequiredText(1000)
  title!: string;

  @ApiPropertyOptional({ example: 'Språklig bearbeidet etter møtet 4. februar' })
  @OptionalText(2000)
  reason?: string;
}

export class RenumberGoalDto extends ProvenanceDto {
  @ApiProperty({ example: '3.4', pattern: GOAL_CODE.source })
  @GoalCode()
  code!: string;
}

export class MoveGoalDto extends ProvenanceDto {
  @ApiProperty({ example: 'styrket-gjennomforingskraft' })
  @IsSlug()
  themeCode!: string;
}

export class MergeGoalDto extends ProvenanceDto {
  @ApiProperty({ example: 'mal-5' })
  @IsSlug()
  intoGoalId!: string;
}

export class SplitGoalDto extends ProvenanceDto {
  @ApiProperty({ example: ['mal-4-6-a', 'mal-4-6-b'], minItems: 2, maxItems: 100 })
  @ArrayMinSize(2)
  @IsSlug({ each: true })
  @ArrayMaxSize(100)
  intoGoalIds!: string[];
}

export class ReasonDto extends ProvenanceDto {
  @ApiProperty({ example: 'Slått sammen i justert forslag' })
  @RequiredText(2000)
  reason!: string;
}

export class DependencyDto extends ProvenanceDto {
  @ApiProperty({ example: 'mal-1' })
  @IsSlug()
  dependsOnGoalId!: string;
}

export class MeasureDto extends ProvenanceDto {
  @ApiProperty({ example: '1.1.1', pattern: MEASURE_CODE.source })
  @Matches(MEASURE_CODE, { message: 'measureCode must look like 1.1.1' })
  measureCode!: string;

  @ApiProperty({ example: 'Etablere felles arena for prioritering' })
  @RequiredText(1000)
  title!: string;
}

export class LinkedItemDto extends ProvenanceDto {
  @ApiProperty({ enum: LINKED_ITEM_KINDS, example: 'portfolio' })
  @IsIn(LINKED_ITEM_KINDS)
  kind!: LinkedItemKind;

  @ApiProperty({ example: 'Pasientens legemiddelliste' })
  @RequiredText(500)
  name!: string;
}

export class KpiDto extends ProvenanceDto {
  @ApiProperty({ example: 'Andel innbyggere som har brukt digitale helsetjenester' })
  @RequiredText(300)
  name!: string;

  @ApiProperty({ enum: KPI_UNITS, example: '%' })
  @IsIn(KPI_UNITS)
  unit!: KpiUnit;

  // Within ±(2^53 - 1), as a count is: a number such as 1e308 is no target, and beyond that integers do not read back as sent.
  @ApiPropertyOptional({ example: 80, minimum: -Number.MAX_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER })
  @IsOptional()
  @IsNumber()
  @Min(-Number.MAX_SAFE_INTEGER)
  @Max(Number.MAX_SAFE_INTEGER)
  target?: number;

  @ApiPropertyOptional({ example: 'Målt årlig i innbyggerundersøkelsen' })
  @OptionalText(2000)
  description?: string;
}

/** Votes per theme: 1 to 20 themes, each a theme code with a whole number of votes from 1 to 100. */
const IsAllocation = () =>
  ValidateBy({
    name: 'isAllocation',
    validator: {
      validate: (v: unknown) =>
        typeof v === 'object' &&
        v !== null &&
        !Array.isArray(v) &&
        Object.keys(v).length >= 1 &&
        Object.keys(v).length <= 20 &&
        Object.entries(v).every(([theme, votes]) => SLUG_PATTERN.test(theme) && Number.isSafeInteger(votes) && votes >= 1 && votes <= 100),
      defaultMessage: (a) => `${a?.property} must map 1 to 20 theme codes to whole numbers of votes from 1 to 100`,
    },
  });

export class OpenRoundDto extends ProvenanceDto {
  @ApiProperty({ example: 'nehs-2022-02-04' })
  @IsSlug()
  roundId!: string;

  @ApiProperty({ example: 'Prioritering av utkast til mål (Menti), ekstra møte 1/22' })
  @RequiredText(300)
  title!: string;

  @ApiProperty({ example: '2022-02-04' })
  @IsBusinessDate()
  date!: string;

  @ApiPropertyOptional({ example: 'nehs', description: 'The body whose members vote; a round without one takes no votes' })
  @IsOptional()
  @IsSlug()
  bodyId?: string;

  @ApiProperty({
    example: { 'aktiv-medvirkning': 3, 'bedre-helsehjelp': 2, 'teknologistottet-tjenesteinnovasjon': 2, 'styrket-gjennomforingskraft': 4 },
    description: 'Votes per theme code',
    additionalProperties: { type: 'integer', minimum: 1, maximum: 100 },
    minProperties: 1,
    maxProperties: 20,
  })
  @IsAllocation()
  allocation!: Record<string, number>;

  @ApiProperty({ example: ['mal-1-1', 'mal-2-1'], minItems: 1, maxItems: 200 })
  @ArrayNotEmpty()
  @IsSlug({ each: true })
  @ArrayMaxSize(200)
  goalIds!: string[];
}

export class VoteDto {
  @ApiProperty({ example: 'mal-2-1' })
  @IsSlug()
  goalId!: string;

  @ApiProperty({ example: 2, type: 'integer', minimum: 1, maximum: 100 })
  @IsInt()
  @Min(1)
  @Max(100)
  count!: number;
}

export class VotesDto extends ProvenanceDto {
  @ApiProperty({ example: 'ivar-halvorsen' })
  @IsSlug()
  memberId!: string;

  @ApiProperty({ type: [VoteDto], minItems: 1, maxItems: 200 })
  @ArrayNotEmpty()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => VoteDto)
  @ArrayMaxSize(200)
  votes!: VoteDto[];
}

export class DiffQueryDto {
  @ApiProperty({ example: '2022-02-03' })
  @IsString()
  from!: string;

  @ApiProperty({ example: '2022-06-01' })
  @IsString()
  to!: string;

  @ApiPropertyOptional({ example: '2026-11-25T12:00:00Z' })
  @IsOptional()
  @IsString()
  knownAt?: string;
}

export class LineageQueryDto extends TemporalQueryDto {
  @ApiPropertyOptional({ enum: ['up', 'down'], default: 'up' })
  @IsOptional()
  @IsIn(['up', 'down'])
  direction?: 'up' | 'down';
}
