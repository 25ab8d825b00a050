// Plain enums, free of GraphQL, so that the file readers and the store can use them.

export enum ImportFormat {
  CSV = 'CSV',
  JSONL = 'JSONL',
}

export enum ImportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
