/** The criticality levels, least to most urgent. In a module of its own, so pages can order by it without loading zod. */
export const CRITICALITIES = ['low', 'medium', 'high', 'critical'] as const;
