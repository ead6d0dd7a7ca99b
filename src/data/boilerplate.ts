/**
 * Paragraphs that belong to the page, not the article. Each pattern names the
 * form it matches; they are tried on the paragraph's text.
 */
export const boilerplatePatterns: readonly RegExp[] = [
  // Copyright © 2025 The News. All rights reserved.
  /^(?:copyright\b|©|\(c\)\s*\d{4})/i,
  /\ball rights reserved\b/i,
  // (Reporting by Jane Doe; Editing by John Roe)
  /^\((?:additional )?(?:reporting|writing|editing|compiled|compiling) by\b/i,
  // Simone Inzaghi. —AFP/FileRIYADH: Former Inter boss…  (a photo credit glued to a teaser)
  /[—–-]\s?(?:AFP|AP|APP|Reuters|EPA|Getty(?: Images)?|Online|File)\/File\b/,
  // Follow us on Twitter · Sign up for our newsletter · Click here to… · Read more: …
  // You also agree to this site's Privacy Policy and Terms of Use.
  /\bagree to (?:this site's|our) (?:privacy policy|terms)/i,
  /^(?:follow us\b|sign up\b|subscribe\b|click here\b|read more\b|related:|also read:|advertisement$)/i,
]
