// The QR code, made on the device by the `qr` library (zero dependencies, loaded with this page only) and
// drawn as one SVG path: sharp at any print size. Error correction M (15 % of the code may be damaged or
// covered) and the quiet zone of four modules the standard asks for, in white, so scanners find the edge.
import { useMemo } from 'react';
import { encodeQR } from 'qr';

export const QR_QUIET_ZONE = 4;

/** Dark modules as path commands, one run of neighbours per command. */
function modulesPath(modules: boolean[][]): string {
  let d = '';
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (row[x]) x += 1;
      d += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return d;
}

export function PosterQr({ url, label }: { url: string; label: string }) {
  const modules = useMemo(() => encodeQR(url, 'raw', { ecc: 'medium', border: QR_QUIET_ZONE }), [url]);
  const size = modules.length;
  return (
    <svg className="poster-qr" data-testid="poster-qr" data-url={url} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#ffffff" />
      <path d={modulesPath(modules)} fill="#000000" />
    </svg>
  );
}
