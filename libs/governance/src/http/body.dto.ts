import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { MEMBER_ROLES, SLUG_PATTERN, type MemberRole } from '../domain/governance-terms';
import { IsBusinessDate, IsBusinessTime, ProvenanceDto } from './provenance.dto';

export class EstablishBodyDto extends ProvenanceDto {
  @ApiProperty({ example: 'nehs', description: 'Lower-case id, letters, digits and dashes' })
  @Matches(SLUG_PATTERN, { message: 'bodyId must be lower-case letters, digits and dashes' })
  @MaxLength(60)
  bodyId!: string;

  @ApiProperty({ example: 'Nasjonalt e-helsestyre' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: 'NEHS' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  shortName?: string;

  @ApiProperty({ example: '2021-01-01', description: 'When the body took this form' })
  @IsBusinessTime()
  declare effectiveAt: string;
}

export class RenameBodyDto extends ProvenanceDto {
  @ApiProperty({ example: 'Nasjonalt e-helseråd' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: '2022-01-01', description: 'When the new name takes effect' })
  @IsBusinessTime()
  declare effectiveAt: string;

  @ApiPropertyOptional({ example: 'Sak 26/21: foreslått endret til et primært rådgivende organ' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class AppointMemberDto extends ProvenanceDto {
  @ApiPropertyOptional({ example: 'inger-cathrine-bryne', description: 'Defaults to the name as a slug' })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'memberId must be lower-case letters, digits and dashes' })
  memberId?: string;

  @ApiProperty({ example: 'Inger Cathrine Bryne' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'Helse Vest RHF' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  organisation!: string;

  @ApiProperty({ enum: MEMBER_ROLES, example: 'member' })
  @IsIn(MEMBER_ROLES)
  role!: MemberRole;

  @ApiPropertyOptional({ example: 'Administrerende direktør' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string;

  @ApiProperty({ example: '2021-09-22' })
  @IsBusinessDate()
  appointedOn!: string;
}

export class MemberLeavingDto extends ProvenanceDto {
  @ApiProperty({ example: '2021-09-22' })
  @IsBusinessDate()
  leftOn!: string;

  @ApiPropertyOptional({ example: 'Endringer i representanter, møte 4/21' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}
