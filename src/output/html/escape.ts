/** Text or an attribute value made safe for HTML: `a < b & "c"` → `a &lt; b &amp; &quot;c&quot;`. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}
