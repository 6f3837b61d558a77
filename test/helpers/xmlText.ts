/** Text read out of XML (a .docx's document.xml, pdftotext's -bbox output) as it was before it was escaped. */
export function unescapeXml(text: string): string {
  // &amp; last, so that an escaped entity (`&amp;lt;`) stays the text it was (`&lt;`).
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
