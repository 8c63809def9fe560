/** The kb_id format: upper-case words joined by `_`, ending in a number of at least three digits. */
export const KB_ID_PATTERN = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*_\d{3,}$/;
/** Longest kb_id: it names the entry's file and page. */
export const KB_ID_MAX = 120;
/** A variable name as written between double underscores (`IMAGE_NAME`), unanchored: the one home of the rule. */
export const VARIABLE_NAME_SOURCE = '[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*';
/** A whole variable name: `IMAGE_NAME`. */
export const VARIABLE_NAME_PATTERN = new RegExp(`^${VARIABLE_NAME_SOURCE}$`);
/** Lower-case slug used for tags and technologies. */
export const SLUG_PATTERN = /^[a-z0-9]+([.+-][a-z0-9]+)*$/;
