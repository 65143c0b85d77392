/**
 * The kinds of aside an article may hold, as `<Callout type="…">` in MDX and
 * `:::note` … `:::` in Markdown: one list, so both spell them the same.
 */
export const CALLOUT_TYPES = ['note', 'tip', 'caution', 'danger'] as const;

export type CalloutType = (typeof CALLOUT_TYPES)[number];

/** @example isCalloutType('tip') => true; isCalloutType('warning') => false */
export function isCalloutType(value: unknown): value is CalloutType {
  return (CALLOUT_TYPES as readonly unknown[]).includes(value);
}

/** The class names of an aside, shared by the Markdown container and the MDX component. @example calloutClass('tip') => 'callout callout-tip' */
export function calloutClass(type: CalloutType): string {
  return `callout callout-${type}`;
}
