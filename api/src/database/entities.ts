import { Alliance } from '../modules/organisations/alliance.entity.js';
import { Organisation } from '../modules/organisations/organisation.entity.js';
import { User } from '../modules/users/user.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Lead } from '../modules/leads/lead.entity.js';

/** Every MikroORM entity, listed once. */
export const ENTITIES = [Organisation, Alliance, User, AuditEvent, Lead];
