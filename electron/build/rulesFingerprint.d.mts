export function rulesFingerprint(): string;
export function rulesDefine(): { __RULES_FINGERPRINT__: string };
