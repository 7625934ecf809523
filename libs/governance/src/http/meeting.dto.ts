import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, ArrayNotEmpty, IsBoolean, IsIn, IsOptional, Matches, ValidateNested, ArrayMaxSize } from 'class-validator';
import { CASE_NUMBER_PATTERN, MEETING_KINDS, type MeetingKind } from '../domain/governance-terms';
import { CLOCK_TIME, IsBusinessDate, IsSlug, OptionalText, ProvenanceDto, RequiredText, TemporalQueryDto } from '@app/http-common';

export class ScheduleMeetingDto extends ProvenanceDto {
  @ApiProperty({ example: 'nehs' })
  @IsSlug()
  bodyId!: string;

  @ApiProperty({ example: '1/22', description: 'Meeting number per body and year', pattern: CASE_NUMBER_PATTERN.source })
  @Matches(CASE_NUMBER_PATTERN, { message: 'number must look like 1/22' })
  number!: string;

  @ApiProperty({ example: '2022-02-04' })
  @IsBusinessDate()
  date!: string;

  @ApiPropertyOptional({ example: '10:30', pattern: CLOCK_TIME.source })
  @IsOptional()
  @Matches(CLOCK_TIME, { message: 'startTime must be HH:mm' })
  startTime?: string;

  @ApiPropertyOptional({ example: '13:00', pattern: CLOCK_TIME.source })
  @IsOptional()
  @Matches(CLOCK_TIME, { message: 'endTime must be HH:mm' })
  endTime?: string;

  @ApiPropertyOptional({ example: 'Videomøte' })
  @OptionalText(200)
  place?: string;

  @ApiPropertyOptional({ enum: MEETING_KINDS, default: 'ordinary', example: 'extra' })
  @IsOptional()
  @IsIn(MEETING_KINDS)
  kind?: MeetingKind;
}

export class CancelMeetingDto extends ProvenanceDto {
  @ApiProperty({ example: 'Utsatt til 30. mars' })
  @RequiredText(2000)
  reason!: string;
}

export class AttendanceDto {
  @ApiProperty({ example: 'ivar-halvorsen' })
  @IsSlug()
  memberId!: string;

  @ApiProperty({ example: true })
  @IsBoolean()
  present!: boolean;
}

export class RecordAttendanceDto extends ProvenanceDto {
  @ApiProperty({ type: [AttendanceDto], minItems: 1, maxItems: 200 })
  @ArrayNotEmpty()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AttendanceDto)
  @ArrayMaxSize(200)
  attendance!: AttendanceDto[];
}

export class AnnouncedMeetingDto {
  @ApiProperty({ example: '2022-03-30' })
  @IsBusinessDate()
  date!: string;

  @ApiPropertyOptional({ example: 'nufa', description: 'When another body meets' })
  @IsOptional()
  @IsSlug()
  bodyId?: string;

  @ApiPropertyOptional({ example: 'Ekstraordinært møte: forslag til ny e-helsestrategi' })
  @OptionalText(500)
  note?: string;
}

export class AnnounceNextMeetingsDto extends ProvenanceDto {
  @ApiProperty({ type: [AnnouncedMeetingDto], minItems: 1, maxItems: 50 })
  @ArrayNotEmpty()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AnnouncedMeetingDto)
  @ArrayMaxSize(50)
  meetings!: AnnouncedMeetingDto[];
}

export class MinutesQueryDto extends TemporalQueryDto {
  @ApiPropertyOptional({ enum: ['markdown', 'html'], description: 'Overrides the Accept header; Markdown by default' })
  @IsOptional()
  @IsIn(['markdown', 'html'])
  format?: 'markdown' | 'html';
}
