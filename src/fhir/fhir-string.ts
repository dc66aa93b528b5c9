/**
 * Text as a FHIR string. FHIR refuses control characters other than tab, CR and LF, and strings
 * with no visible content. Packs and notes may hold either (they are kept exactly as written),
 * so each control character becomes U+FFFD (visible, rather than silently gone) and text with no
 * visible characters is left out: a resource Attune makes is always valid FHIR.
 */
export function fhirString(text: string | undefined): string | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '\ufffd');
}

/** `{[key]: text}` as a FHIR string, or nothing when there is none: for spreading. */
export function stringField<K extends string>(key: K, text: string | undefined): {[P in K]?: string} {
  const value = fhirString(text);
  return (value === undefined ? {} : {[key]: value}) as {[P in K]?: string};
}
