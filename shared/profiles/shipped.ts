/**
 * The rule profiles that come with the app, kept as JSON files beside this one and read through
 * the schema, so that a shipped profile is held to the same checks as one a county shares.
 */
import blank from './blank.json';
import central2021 from './central-2021.json';
import ningxia from './ningxia.json';
import type { RuleProfile } from './profile';
import { ruleProfileSchema } from './schema';

export const SHIPPED_PROFILES: readonly RuleProfile[] = [ningxia, central2021, blank].map((data) => ruleProfileSchema.parse(data));

/**
 * The rules of a department file that holds none (every file made before profiles): the seeds'
 * region, which with each layout's own demands checks exactly as those files always were.
 */
export const DEFAULT_PROFILE: RuleProfile = SHIPPED_PROFILES[0]!;

export const isShippedId = (id: string) => SHIPPED_PROFILES.some((p) => p.id === id);
