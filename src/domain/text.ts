// Small text helpers the summary, the plan and the views share: in a module of their own, so that a view
// using one does not bring the summary or plan builders into its chunk.

/** Line breaks made uniform and outer whitespace trimmed, so layouts stay stable. */
export function cleanText(text: string | undefined): string {
  return (text ?? '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
