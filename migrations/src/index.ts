import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { Migration20261123000000_foundation } from './Migration20261123000000_foundation.js';
import { Migration20261123010000_leads } from './Migration20261123010000_leads.js';
import { Migration20261123030000_rings } from './Migration20261123030000_rings.js';
import { Migration20261123040000_alerts } from './Migration20261123040000_alerts.js';
import { Migration20261123050000_projection_hooks } from './Migration20261123050000_projection_hooks.js';
import { Migration20261203000000_access_and_cases } from './Migration20261203000000_access_and_cases.js';

/**
 * Every migration in order. Listed explicitly (not discovered from files) so the same list
 * runs from compiled code, from tests and from the CLI.
 */
export const migrationsList: { name: string; class: Constructor<Migration> }[] = [
  { name: 'Migration20261123000000_foundation', class: Migration20261123000000_foundation },
  { name: 'Migration20261123010000_leads', class: Migration20261123010000_leads },
  { name: 'Migration20261123030000_rings', class: Migration20261123030000_rings },
  { name: 'Migration20261123040000_alerts', class: Migration20261123040000_alerts },
  { name: 'Migration20261123050000_projection_hooks', class: Migration20261123050000_projection_hooks },
  { name: 'Migration20261203000000_access_and_cases', class: Migration20261203000000_access_and_cases },
];
