/** The height of a table's rows out of view, above or below those drawn (see useVirtualRows). */
export function Spacer({ height }: { height: number }) {
  return height > 0 ? <tr className="spacer" style={{ height }} aria-hidden /> : null;
}
