/** REUTER · (AP) · -- Reuters · — AFP: a wire service's sign-off on a line of its own. */
export const wireSignOff = /^(?:[-–—]{1,2}\s*)?\(?(?:REUTERS?|AP|AFP|UPI|Reuters|Xinhua|dpa)\)?\.?$/

/**
 * `Simone Inzaghi. —AFP/FileRIYADH: Former Inter boss…` · `… in Karachi. — PPSC website/FileLAHORE:
 * The Chairman…`: a related story's photo caption, its credit's `/File` glued to the story's first
 * word (or not), then its opening cut short.
 */
export const relatedStoryTeaser = /[—–-]\s?[^\s—–/][^—–\n]{0,60}\/File(?!\p{Ll})/u

/**
 * Paragraphs that belong to the page, not the article. Each pattern names the
 * form it matches; they are tried on the paragraph's text.
 */
export const boilerplatePatterns: readonly RegExp[] = [
  // Copyright © 2025 The News. All rights reserved.
  /^(?:copyright\b|©|\(c\)\s*\d{4})/i,
  /\ball rights reserved\b/i,
  // (Reporting by Jane Doe; Editing by John Roe) · Reporting by Jane Doe; Editing by John Roe
  /^\((?:additional )?(?:reporting|writing|editing|compiled|compiling) by\b/i,
  /^(?:reporting|writing) by [^;]{1,120};\s*(?:additional reporting|writing|editing) by\b/i,
  relatedStoryTeaser,
  // Follow us on Twitter · Sign up for our newsletter · Click here to… · Read more: …
  // You also agree to this site's Privacy Policy and Terms of Use.
  /\bagree to (?:this site's|our) (?:privacy policy|terms)/i,
  /^(?:follow us\b|sign up\b|subscribe\b|click here\b|read more\b|related:|also read:|advertisement$)/i,
  wireSignOff,
  // Story continues below advertisement
  /^story continues (?:below|after) (?:the )?advertisement$/i,
  // Associated Press writer Jane Doe contributed to this report. · Jane Doe contributed reporting.
  // Associated Press writer Jane Doe contributed from Albuquerque.
  /\bcontributed (?:reporting\b[^.]{0,60}|from [A-Z][^.]{0,60}|to (?:this|the) (?:report|story|article))\.?$/i,
  // ___ · *** · ---: a rule between the story and its notes.
  /^[_*=~#-]{3,}$/,
  // (Photo by Jane Doe/Getty Images) · Photo: Jane Doe/Reuters
  /^\(?(?:photo|image|picture|file photo)(?: by|:)\s[^.]{1,80}\/[^.]{1,40}\)?$/i,
  // Image copyright Getty Images · Image caption The storm hit … · Media caption … (copied web pages)
  /^(?:image (?:copyright|caption|source)|media caption|getty images)\b/i,
  // FILE PHOTO: A truck unloads … REUTERS/Jane Doe
  /^FILE PHOTO:/,
  // Share this with · Facebook · Twitter · Email · Copy link: a page's sharing buttons
  /^(?:share this(?: with| article| story)?|facebook|twitter|email|whatsapp|linkedin|messenger|pinterest|reddit|copy link|print)$/i,
  // Listen to this article · 3 min
  /^listen to this (?:article|story)\b/i,
  // Reporting by Ana Lima · Additional reporting by Jo Park and Ann Poe
  /^(?:[Aa]dditional )?[Rr]eporting by (?:\p{Lu}[\p{L}'’.-]*\s?){1,4}(?:(?:,|,? and) (?:\p{Lu}[\p{L}'’.-]*\s?){1,4})*\.?$/u,
]
