import { type BackupServices } from './backup/prepare.js';
import { type DocumentRecord } from './kinds/index.js';
import { type GivenValues, type ListKey } from './options/index.js';
/** The table's list options (the key, the Postman URL, `workspace`: only its documents), plus the services. */
export type ListDocumentsOptions = GivenValues<ListKey> & Pick<BackupServices, 'logger' | 'postmanRetry' | 'postmanTimeoutMs'>;
export type ListedDocument = DocumentRecord;
/**
 * Every document visible to the key (in `workspace` when given), kind by kind in the registry's
 * order (collections first), each sorted by name. Kinds Postman lists per workspace only (specs)
 * are shown when `workspace` is given.
 */
export declare function listDocuments(given: ListDocumentsOptions): Promise<ListedDocument[]>;
