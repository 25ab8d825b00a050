import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../leads/lead.types.js';
import { ImportFormat, ImportStatus } from './import-enums.js';

export { ImportFormat, ImportStatus };

registerEnumType(ImportFormat, { name: 'ImportFormat', description: 'CSV (columns as documented for CSV_COLUMNS) or JSON Lines (one LeadReferral per line)' });
registerEnumType(ImportStatus, { name: 'ImportStatus' });

@ObjectType('ImportRowError', { description: 'Why one row of an import file was rejected' })
export class ImportRowErrorView {
  @Field(() => Int, {
    description: 'CSV: the data row number, 1-based, not counting the header or blank lines. JSON Lines: the line number, 1-based',
  })
  row!: number;
  @Field(() => String, { description: 'The CSV column (e.g. observed_at, addresses[0].role) or JSON field path; (row) for the whole row' })
  field!: string;
  @Field(() => String) reason!: string;
}

@ObjectType()
export class ImportRowErrorEdge {
  @Field(() => String) cursor!: string;
  @Field(() => ImportRowErrorView) node!: ImportRowErrorView;
}

@ObjectType()
export class ImportRowErrorConnection {
  @Field(() => [ImportRowErrorEdge]) edges!: ImportRowErrorEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('ImportJob', { description: "A bulk upload of referrals, processed in the background; visible to the uploading platform's staff" })
export class ImportJobView {
  @Field(() => ID) id!: string;
  @Field(() => String) fileName!: string;
  @Field(() => ImportFormat) format!: ImportFormat;
  @Field(() => ImportStatus) status!: ImportStatus;
  @Field(() => Int, { description: 'Data rows read so far, good and bad' }) rowsRead!: number;
  @Field(() => Int, { description: 'Rows accepted as leads (a re-sent externalId updates its lead)' }) accepted!: number;
  @Field(() => Int, { description: 'Rows rejected; see errors' }) rejected!: number;
  @Field(() => Float, { description: 'Bytes of the file read so far' }) bytesRead!: number;
  @Field(() => Float) bytesTotal!: number;
  @Field(() => Float, { description: 'bytesRead / bytesTotal, 0–100' }) percent!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the file could not be processed (FAILED), or why an attempt is being retried' })
  error!: string | null;
}

@ObjectType()
export class ImportJobEdge {
  @Field(() => String) cursor!: string;
  @Field(() => ImportJobView) node!: ImportJobView;
}

@ObjectType()
export class ImportJobConnection {
  @Field(() => [ImportJobEdge]) edges!: ImportJobEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
